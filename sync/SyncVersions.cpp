#include "sync/SyncVersions.h"

#include <curl/curl.h>

namespace motcua::sync {

QString curlVersion()
{
    const curl_version_info_data* info = curl_version_info(CURLVERSION_NOW);
    return info && info->version ? QString::fromLatin1(info->version) : QString();
}

} // namespace motcua::sync

// CentralServer over TLS: QHttpServer::sslSetup (Qt 6.4) with a PEM certificate chain and key from files;
// listen() then serves https only (Qt's QSslServer, OpenSSL backend).
#include "sync/central/CentralServer.h"

#include <QFile>
#include <QHttpServer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace motcua::sync {

Status CentralServer::setUpTls()
{
    if (m_options.tlsCertificate.isEmpty() && m_options.tlsKey.isEmpty())
        return {};
    if (m_options.tlsCertificate.isEmpty() || m_options.tlsKey.isEmpty())
        return Error::usage(tr("TLS needs both --tls-cert and --tls-key"));
    if (!QSslSocket::supportsSsl())
        return Error::environment(QStringLiteral("tls"), tr("This Qt has no TLS support (OpenSSL missing)"),
            QStringLiteral("tls_unavailable"));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_options.tlsCertificate, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return Error::invalid(QStringLiteral("tls-cert"),
            tr("%1 holds no PEM certificate").arg(m_options.tlsCertificate), QStringLiteral("tls_certificate"));
    QFile keyFile(m_options.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error::invalid(
            QStringLiteral("tls-key"), tr("Cannot read %1").arg(m_options.tlsKey), QStringLiteral("tls_key"));
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return Error::invalid(QStringLiteral("tls-key"),
            tr("%1 holds no unencrypted PEM private key (RSA or EC)").arg(m_options.tlsKey), QStringLiteral("tls_key"));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // desks prove who they are with their bearer token
    m_server->sslSetup(config);
    return {};
}

} // namespace motcua::sync

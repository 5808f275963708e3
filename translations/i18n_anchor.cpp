// Anchor object for the motcua_i18n library, which only carries the compiled translations.
namespace motcua {
int i18nAnchor()
{
    return 0;
}
} // namespace motcua

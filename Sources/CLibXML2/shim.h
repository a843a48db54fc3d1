#include <libxml/xmlversion.h>
// Recall uses libxml2's HTML parser only; leaving out its ICU declarations keeps them from clashing
// with the ICU that Foundation carries.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/// Frees memory libxml2 allocated (xmlFree is a global function pointer, out of Swift's reach).
static inline void recall_xml_free(void *pointer) { xmlFree(pointer); }

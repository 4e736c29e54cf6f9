#ifndef STORYMERGE_CLIBXML2_SHIM_H
#define STORYMERGE_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; Foundation ships its own ICU module and a module that
// sees both fails to build ('UErrorCode' has different definitions). Drop libxml2's ICU part.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlstring.h>

/// `xmlFree` is a mutable global function pointer that Swift 6 refuses to call; free through this.
static inline void storymerge_xml_free(void *pointer) {
    if (pointer != 0) { xmlFree(pointer); }
}

#endif

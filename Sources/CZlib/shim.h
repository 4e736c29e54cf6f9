#ifndef STORYMERGE_CZLIB_SHIM_H
#define STORYMERGE_CZLIB_SHIM_H

#include <zlib.h>

/// `inflateInit2` is a macro that Swift cannot call; this wraps it.
/// `window_bits` 15 + 32 reads gzip or zlib streams (header detected automatically).
static inline int storymerge_inflate_init(z_stream *stream, int window_bits) {
    return inflateInit2(stream, window_bits);
}

/// `deflateInit2` is a macro too; used by tests and tools to write gzip streams (window_bits 15 + 16).
static inline int storymerge_deflate_init(z_stream *stream, int level, int window_bits) {
    return deflateInit2(stream, level, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
}

#endif

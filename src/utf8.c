/* utf8.c - validation and counting of UTF-8, eight ASCII bytes at a time. */
#include <config.h>

#include <stdint.h>
#include <string.h>

#include "utf8.h"

static inline int
all_ascii(const unsigned char *p)
{
	uint64_t w;
	memcpy(&w, p, 8);
	return (w & 0x8080808080808080ULL) == 0;
}

size_t
utf8_valid_length(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		unsigned c = p[i];
		if (c < 0x80) {
			if (i + 8 <= n && all_ascii(p + i)) {
				i += 8;
				continue;
			}
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			if (i + 1 >= n || (p[i + 1] & 0xc0) != 0x80)
				return i;
			i += 2;
		} else if (c >= 0xe0 && c <= 0xef) {
			/* Chinese text is mostly three-byte characters: stay here
			 * while it is. */
			do {
				unsigned c1;
				if (i + 2 >= n)
					return i;
				c1 = p[i + 1];
				if ((c1 & 0xc0) != 0x80 || (p[i + 2] & 0xc0) != 0x80 ||
				    (c == 0xe0 && c1 < 0xa0) || (c == 0xed && c1 >= 0xa0))
					return i;
				i += 3;
				c = i < n ? p[i] : 0;
			} while (c >= 0xe1 && c <= 0xec);
		} else if (c >= 0xf0 && c <= 0xf4) {
			unsigned c1;
			if (i + 3 >= n)
				return i;
			c1 = p[i + 1];
			if ((c1 & 0xc0) != 0x80 || (p[i + 2] & 0xc0) != 0x80 || (p[i + 3] & 0xc0) != 0x80 ||
			    (c == 0xf0 && c1 < 0x90) || (c == 0xf4 && c1 >= 0x90))
				return i;
			i += 4;
		} else {
			return i;
		}
	}
	return n;
}

size_t
utf8_count(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t count = 0;

	for (size_t i = 0; i < n; i++)
		count += (p[i] & 0xc0) != 0x80;
	return count;
}

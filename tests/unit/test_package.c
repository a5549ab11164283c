/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_package.c - the zip container: a member is read by name, and a
 * zip whose local header differs from its central directory only in a
 * member's date is still read (from the central directory); a member
 * streamed is inflated only as far as it is read. */
#include "unit.h"

#include "office.h"
#include "package.h"

/* CRC-32 (the zip's), bit by bit. */
static uint32_t
crc32_of(const char *s, size_t n)
{
	uint32_t c = 0xffffffffu;

	for (size_t i = 0; i < n; i++) {
		c ^= (unsigned char)s[i];
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
	}
	return ~c;
}

static size_t
put16(unsigned char *p, unsigned v)
{
	p[0] = v & 0xff;
	p[1] = (v >> 8) & 0xff;
	return 2;
}

static size_t
put32(unsigned char *p, uint32_t v)
{
	put16(p, v & 0xffff);
	put16(p + 2, v >> 16);
	return 4;
}

/* Writes into OUT a zip of one stored member NAME holding DATA, whose
 * local header gives the time LOCAL_TIME and the central directory
 * CENTRAL_TIME (DOS times); returns its size. */
static size_t
make_zip(unsigned char *out, const char *name, const char *data, unsigned local_time,
	 unsigned central_time)
{
	size_t nl = strlen(name), dl = strlen(data), n = 0, cd;
	uint32_t crc = crc32_of(data, dl);

	n += put32(out + n, 0x04034b50);       /* local header */
	n += put16(out + n, 20);
	n += put16(out + n, 0);
	n += put16(out + n, 0);                /* stored */
	n += put16(out + n, local_time);
	n += put16(out + n, 0x5821);           /* 2024-01-01 */
	n += put32(out + n, crc);
	n += put32(out + n, (uint32_t)dl);
	n += put32(out + n, (uint32_t)dl);
	n += put16(out + n, (unsigned)nl);
	n += put16(out + n, 0);
	memcpy(out + n, name, nl), n += nl;
	memcpy(out + n, data, dl), n += dl;
	cd = n;
	n += put32(out + n, 0x02014b50);       /* central directory */
	n += put16(out + n, 20);
	n += put16(out + n, 20);
	n += put16(out + n, 0);
	n += put16(out + n, 0);
	n += put16(out + n, central_time);
	n += put16(out + n, 0x5821);
	n += put32(out + n, crc);
	n += put32(out + n, (uint32_t)dl);
	n += put32(out + n, (uint32_t)dl);
	n += put16(out + n, (unsigned)nl);
	n += put16(out + n, 0);
	n += put16(out + n, 0);
	n += put16(out + n, 0);
	n += put16(out + n, 0);
	n += put32(out + n, 0);
	n += put32(out + n, 0);                /* the local header's offset */
	memcpy(out + n, name, nl), n += nl;
	n += put32(out + n, 0x06054b50);       /* end of central directory */
	n += put16(out + n, 0);
	n += put16(out + n, 0);
	n += put16(out + n, 1);
	n += put16(out + n, 1);
	n += put32(out + n, (uint32_t)(n - 12 - cd));
	n += put32(out + n, (uint32_t)cd);
	n += put16(out + n, 0);
	return n;
}

static void
read_member(const unsigned char *zip, size_t size, const char *name, const char *want)
{
	struct package *package = NULL;
	struct bg_error err = { 0 };
	char *text = NULL;
	size_t length = 0;

	assert_int_equal(package_open((const char *)zip, size, &package, &err), BG_OK);
	assert_true(package_has(package, name));
	assert_int_equal(package_read(package, name, &text, &length, &err), BG_OK);
	assert_int_equal(length, strlen(want));
	assert_string_equal(text, want);
	free(text);
	package_close(package);
}

/* Local and central headers agree: the member is read. */
static void
test_consistent_zip(void **state)
{
	unsigned char zip[512];
	size_t n = make_zip(zip, "word/document.xml", "<w:document/>", 0x6000, 0x6000);

	(void)state;
	read_member(zip, n, "word/document.xml", "<w:document/>");
}

/* The local header keeps an older time than the central directory (one
 * part rewritten by a tool that updated one of the two): still read. */
static void
test_local_date_differs(void **state)
{
	unsigned char zip[512];
	size_t n = make_zip(zip, "word/document.xml", "<w:document/>", 0x7ee8, 0x7c40);

	(void)state;
	read_member(zip, n, "word/document.xml", "<w:document/>");
}

/* Counts the paragraphs office_stream gives, and stops after three. */
static bool
count_three(void *arg, const xmlNode *node)
{
	(void)node;
	return ++*(int *)arg < 3;
}

/* A member read a piece at a time gives its bytes in order, as much as
 * asked for, then 0 at its end; office_stream stops where it is told to,
 * having read only the start: the start of a large document costs only
 * its start. */
static void
test_member_in_pieces(void **state)
{
	static const char head[] =
		"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
		"<w:body>", tail[] = "</w:body></w:document>";
	static const char *const path[] = { "document", "body" };
	size_t dl = strlen(head) + 3000 * 12 + strlen(tail), n, got = 0;
	char *data = malloc(dl + 1), *p = data, piece[1000];
	unsigned char *zip = malloc(dl + 512);
	struct package *package = NULL;
	struct package_member *member = NULL;
	struct bg_error err = { 0 };
	long k;
	int count = 0;

	(void)state;
	assert_non_null(data);
	assert_non_null(zip);
	p += sprintf(p, "%s", head);
	for (int i = 0; i < 3000; i++)
		p += sprintf(p, "<w:p>x</w:p>");
	sprintf(p, "%s", tail);
	n = make_zip(zip, "word/document.xml", data, 0x6000, 0x6000);
	assert_int_equal(package_open((const char *)zip, n, &package, &err), BG_OK);
	assert_int_equal(package_member_open(package, "word/missing.xml", &member, &err),
			 BG_ERR_DOCUMENT);
	assert_int_equal(package_member_open(package, "word/document.xml", &member, &err), BG_OK);
	while ((k = package_member_read(member, piece, sizeof piece, &err)) > 0) {
		assert_true((size_t)k <= sizeof piece && got + (size_t)k <= dl);
		assert_memory_equal(piece, data + got, (size_t)k);
		got += (size_t)k;
	}
	assert_int_equal(k, 0);
	assert_int_equal(got, dl);
	package_member_close(member);
	assert_int_equal(office_stream(package, "word/document.xml", path, 2, count_three, &count,
				       &err),
			 BG_OK);
	assert_int_equal(count, 3);
	package_close(package);
	free(zip);
	free(data);
}

/* Bytes that are no zip at all are still refused. */
static void
test_not_a_zip(void **state)
{
	static const char junk[] = "PK\3\4 but nothing after it that a zip would hold";
	struct package *package = NULL;
	struct bg_error err = { 0 };

	(void)state;
	assert_int_equal(package_open(junk, sizeof junk - 1, &package, &err), BG_ERR_DOCUMENT);
	assert_null(package);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_consistent_zip),
		cmocka_unit_test(test_local_date_differs),
		cmocka_unit_test(test_not_a_zip),
		cmocka_unit_test(test_member_in_pieces),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

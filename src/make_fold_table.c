/* SPDX-License-Identifier: GPL-3.0-or-later */
/* make_fold_table.c - writes fold_tables.c, the variant tables of search's
 * folding (fold.h), when baogao is built: built from the Unicode data of
 * the libunistring it links, they cost every search process a few
 * milliseconds when they were built at run time.
 *   make-fold-table > fold_tables.c */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "fold.h"

/* Writes the N pairs of TABLE as the C array fold_made_NAME and its
 * count, fold_made_COUNT. */
static void
write_table(const char *name, const char *count, const struct fold_variant *table, size_t n)
{
	printf("const struct fold_variant fold_made_%s[] = {\n", name);
	for (size_t i = 0; i < n; i++)
		printf("%s{ 0x%X, 0x%X },%s", i % 4 == 0 ? "\t" : " ", (unsigned)table[i].target,
		       (unsigned)table[i].source, i % 4 == 3 || i + 1 == n ? "\n" : "");
	/* never empty: C has no arrays of none */
	if (n == 0)
		printf("\t{ 0, 0 },\n");
	printf("};\nconst size_t fold_made_%s = %zu;\n\n", count, n);
}

int
main(void)
{
	struct fold_tables tables;

	if (!fold_tables_build(&tables)) {
		fputs("make-fold-table: out of memory\n", stderr);
		return 1;
	}
	printf("/* fold_tables.c - written by make-fold-table (make_fold_table.c) when\n"
	       " * baogao is built, from libunistring's Unicode data; do not edit. */\n"
	       "#include <config.h>\n\n#include \"fold.h\"\n\n");
	write_table("variants", "variant_count", tables.variants, tables.variant_count);
	write_table("bases", "base_count", tables.bases, tables.base_count);
	write_table("han", "han_count", tables.han, tables.han_count);
	fold_tables_free(&tables);
	return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_dynlib.c - libraries loaded when first needed: a library that is
 * there fills its table once, from many threads at once; one that is not,
 * or lacks a symbol, says so every time; and the program links none of
 * the libraries it loads this way. */
#include "unit.h"

#include <dlfcn.h>
#include <pthread.h>
#include <zip.h>

#include "dynlib.h"

static struct {
	__typeof__(zip_libzip_version) *version;
	__typeof__(zip_error_init) *error_init;
} zip_table;

static const struct dynlib_symbol zip_symbols[] = {
	DYNLIB_SYMBOL(zip_table, version, zip_libzip_version),
	DYNLIB_SYMBOL(zip_table, error_init, zip_error_init),
};

static struct dynlib zip_library = DYNLIB(LIBZIP_SONAME, zip_symbols, zip_table);

static void *
load_zip(void *status)
{
	*(enum bg_status *)status = dynlib_load(&zip_library, "zip", NULL);
	return NULL;
}

static void
loads_once_from_many_threads(void **state)
{
	pthread_t threads[8];
	enum bg_status status[8];
	void *handle;

	(void)state;
	for (size_t i = 0; i < 8; i++)
		assert_int_equal(pthread_create(&threads[i], NULL, load_zip, &status[i]), 0);
	for (size_t i = 0; i < 8; i++) {
		pthread_join(threads[i], NULL);
		assert_int_equal(status[i], BG_OK);
	}
	/* the addresses the library gives, callable */
	handle = dlopen(LIBZIP_SONAME, RTLD_NOW | RTLD_NOLOAD);
	assert_non_null(handle);
	assert_ptr_equal((void *)zip_table.version, dlsym(handle, "zip_libzip_version"));
	assert_ptr_equal((void *)zip_table.error_init, dlsym(handle, "zip_error_init"));
	dlclose(handle);
	assert_non_null(zip_table.version());
	assert_int_equal(dynlib_load(&zip_library, "zip", NULL), BG_OK);
}

static struct {
	void (*function)(void);
} missing_table;

static const struct dynlib_symbol missing_symbols[] = {
	{ "baogao_no_such_function", offsetof(__typeof__(missing_table), function) },
};

static void
missing_library(void **state)
{
	struct dynlib library = DYNLIB("libbaogao-no-such-library.so.0", missing_symbols, missing_table);
	struct bg_error err;

	(void)state;
	for (int i = 0; i < 2; i++) {
		assert_int_equal(dynlib_load(&library, "Tea support", &err), BG_ERR_NO_SUPPORT);
		assert_int_equal(err.status, BG_ERR_NO_SUPPORT);
		assert_true(strncmp(err.detail, "Tea support is missing: libbaogao-no-such-library.so.0",
				    strlen("Tea support is missing: libbaogao-no-such-library.so.0")) == 0);
	}
	assert_null(missing_table.function);
}

static void
missing_symbol(void **state)
{
	struct dynlib library = DYNLIB(LIBZIP_SONAME, missing_symbols, missing_table);
	struct bg_error err;

	(void)state;
	assert_int_equal(dynlib_load(&library, "zip", &err), BG_ERR_NO_SUPPORT);
	assert_string_equal(err.detail, "zip is missing: " LIBZIP_SONAME ": no baogao_no_such_function");
	assert_null(missing_table.function);
}

/* This program links what the browser links: none of the libraries
 * loaded when first needed is there before a reader asks for it (this
 * test runs first). */
static void
not_linked(void **state)
{
	static const char *const sonames[] = {
		LIBXML2_SONAME,
		LIBZIP_SONAME,
#ifdef HAVE_POPPLER
		POPPLER_GLIB_SONAME,
#endif
	};

	(void)state;
	for (size_t i = 0; i < sizeof sonames / sizeof sonames[0]; i++)
		assert_null(dlopen(sonames[i], RTLD_NOW | RTLD_NOLOAD));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(not_linked),
		cmocka_unit_test(loads_once_from_many_threads),
		cmocka_unit_test(missing_library),
		cmocka_unit_test(missing_symbol),
	};

	return UNIT_RUN(tests);
}

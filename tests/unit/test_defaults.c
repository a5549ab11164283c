/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_defaults.c - options before the command line: the config file's
 * lines and BAOGAO's words as words for the option parser, and what the
 * parser makes of them: the config file, then BAOGAO, then the command
 * line, the last one saying an option winning; a bad default refused
 * with status 2; a default for the browser not held against a mode. */
#include "unit.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "defaults.h"
#include "options.h"

static void
config_lines_become_options(void **state)
{
	static const char text[] =
		"# the text 60 columns wide\n"
		"width=60\n"
		"\n"
		"   ascii   \n"
		"\t# an indented comment\n"
		"kind = money , percent\r\n"
		"--no-history\n"
		"-N";
	struct defaults d = { NULL, 0, NULL };

	(void)state;
	assert_int_equal(defaults_add_config(&d, text, strlen(text), "cfg"), BG_OK);
	assert_int_equal(d.count, 5);
	assert_string_equal(d.words[0].word, "--width=60");
	assert_int_equal(d.words[0].line, 2);
	assert_string_equal(d.words[0].source, "cfg");
	assert_string_equal(d.words[1].word, "--ascii");
	assert_int_equal(d.words[1].line, 4);
	assert_string_equal(d.words[2].word, "--kind=money , percent");
	assert_int_equal(d.words[2].line, 6);
	assert_string_equal(d.words[3].word, "--no-history");
	assert_string_equal(d.words[4].word, "-N");
	assert_int_equal(d.words[4].line, 8);
	defaults_free(&d);
}

static void
variable_words(void **state)
{
	struct defaults d = { NULL, 0, NULL };

	(void)state;
	assert_int_equal(defaults_add_variable(&d, "  --width=60\t--ascii  -N "), BG_OK);
	assert_int_equal(d.count, 3);
	assert_string_equal(d.words[0].word, "--width=60");
	assert_string_equal(d.words[1].word, "--ascii");
	assert_string_equal(d.words[2].word, "-N");
	assert_string_equal(d.words[2].source, "BAOGAO");
	assert_int_equal(d.words[2].line, 0);
	assert_int_equal(defaults_add_variable(&d, ""), BG_OK);
	assert_int_equal(d.count, 3);
	defaults_free(&d);
}

/* The parser's messages to standard error, which cmocka needs for its
 * own, go nowhere while quiet. */
static int saved_stderr = -1;

static void
quiet(bool on)
{
	fflush(stderr);
	if (on) {
		int null = open("/dev/null", O_WRONLY);
		saved_stderr = dup(STDERR_FILENO);
		dup2(null, STDERR_FILENO);
		close(null);
	} else {
		dup2(saved_stderr, STDERR_FILENO);
		close(saved_stderr);
	}
}

/* Parses the command line WORDS (NULL-terminated, after the program's
 * name) with the config file's CONFIG and BAOGAO's VARIABLE (either may
 * be NULL); returns options_parse_with's status, O filled. */
static int
parse(const char *config, const char *variable, struct options *o, struct defaults *d,
      const char **words)
{
	char *argv[16];
	int argc = 0;

	*d = (struct defaults){ NULL, 0, NULL };
	if (config)
		assert_int_equal(defaults_add_config(d, config, strlen(config), "cfg"), BG_OK);
	if (variable)
		assert_int_equal(defaults_add_variable(d, variable), BG_OK);
	argv[argc++] = (char *)"baogao";
	for (; words && *words; words++)
		argv[argc++] = (char *)*words;
	argv[argc] = NULL;
	return options_parse_with(argc, argv, d, o);
}

static void
the_last_one_wins(void **state)
{
	struct options o;
	struct defaults d;
	const char *width80[] = { "--width=80", "f.txt", NULL }, *file[] = { "f.txt", NULL };

	(void)state;
	assert_int_equal(parse("width=60\n", NULL, &o, &d, file), -1);
	assert_int_equal(o.width, 60);
	assert_string_equal(o.file, "f.txt");
	options_free(&o);
	defaults_free(&d);
	assert_int_equal(parse("width=60\n", "--width=70", &o, &d, file), -1);
	assert_int_equal(o.width, 70);
	options_free(&o);
	defaults_free(&d);
	assert_int_equal(parse("width=60\n", "--width 70", &o, &d, width80), -1);
	assert_int_equal(o.width, 80);
	assert_int_equal(o.file_count, 1);
	assert_string_equal(o.files[0], "f.txt");
	options_free(&o);
	defaults_free(&d);
	/* flags add up */
	assert_int_equal(parse("ascii\n", "--no-history", &o, &d, file), -1);
	assert_true(o.ascii);
	assert_true(o.no_history);
	assert_false(o.line_numbers);
	options_free(&o);
	defaults_free(&d);
	/* no defaults: as before */
	assert_int_equal(parse(NULL, NULL, &o, &d, file), -1);
	assert_int_equal(o.width, 80);
	assert_false(o.ascii);
	options_free(&o);
	defaults_free(&d);
}

/* --width and --ascii are for the browser: on the command line they
 * cannot go with --outline; as defaults they are merely not used. */
static void
defaults_do_not_conflict_with_a_mode(void **state)
{
	struct options o;
	struct defaults d;
	const char *outline[] = { "--outline", "f.txt", NULL };

	(void)state;
	assert_int_equal(parse("width=60\nascii\n", "--pinyin", &o, &d, outline), -1);
	assert_int_equal(o.mode, MODE_OUTLINE);
	options_free(&o);
	defaults_free(&d);
	const char *both[] = { "--outline", "--width=60", "f.txt", NULL };
	quiet(true);
	int status = parse(NULL, NULL, &o, &d, both);
	quiet(false);
	assert_int_equal(status, 2);
	options_free(&o);
	defaults_free(&d);
}

/* Each is refused, status 2, whichever source it comes from. */
static void
bad_defaults(void **state)
{
	static const char *const configs[] = {
		"widht=60\n", "width\n", "ascii=yes\n", "width=abc\n", "outline\n", "help\n",
		"format=json\n", "search=x\n", "-x\n", "-\n",
	};
	static const char *const variables[] = {
		"--widht=60", "--width", "f.txt", "--version", "-Nx", "--ascii=1",
	};
	const char *file[] = { "f.txt", NULL };
	struct options o;
	struct defaults d;

	(void)state;
	for (size_t i = 0; i < sizeof configs / sizeof configs[0]; i++) {
		quiet(true);
		int status = parse(configs[i], NULL, &o, &d, file);
		quiet(false);
		if (status != 2)
			print_error("config %s", configs[i]);
		assert_int_equal(status, 2);
		options_free(&o);
		defaults_free(&d);
	}
	for (size_t i = 0; i < sizeof variables / sizeof variables[0]; i++) {
		quiet(true);
		int status = parse(NULL, variables[i], &o, &d, file);
		quiet(false);
		if (status != 2)
			print_error("BAOGAO=%s\n", variables[i]);
		assert_int_equal(status, 2);
		options_free(&o);
		defaults_free(&d);
	}
}

static void
the_config_file_from_the_environment(void **state)
{
	char *file;

	(void)state;
	setenv("HOME", "/home/me", 1);
	setenv("XDG_CONFIG_HOME", "/etc/me", 1);
	file = defaults_config_file();
	assert_string_equal(file, "/etc/me/baogao/config");
	free(file);
	setenv("XDG_CONFIG_HOME", "relative", 1);
	file = defaults_config_file();
	assert_string_equal(file, "/home/me/.config/baogao/config");
	free(file);
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("HOME");
	assert_null(defaults_config_file());
}

/* defaults_read: the file, then BAOGAO; none of either is no defaults. */
static void
reads_the_file_and_the_variable(void **state)
{
	char dir[] = "/tmp/baogao-config.XXXXXX", path[128];
	struct defaults d = { NULL, 0, NULL };
	struct bg_error err = { BG_OK, "" };
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	setenv("XDG_CONFIG_HOME", dir, 1);
	unsetenv("BAOGAO");
	assert_int_equal(defaults_read(&d, &err), BG_OK);
	assert_int_equal(d.count, 0);
	defaults_free(&d);
	snprintf(path, sizeof path, "%s/baogao", dir);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(path, sizeof path, "%s/baogao/config", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("width=60\n", f);
	fclose(f);
	setenv("BAOGAO", "--ascii", 1);
	assert_int_equal(defaults_read(&d, &err), BG_OK);
	assert_int_equal(d.count, 2);
	assert_string_equal(d.words[0].word, "--width=60");
	assert_string_equal(d.words[0].source, path);
	assert_string_equal(d.words[1].word, "--ascii");
	defaults_free(&d);
	unlink(path);
	assert_int_equal(mkdir(path, 0700), 0);   /* not a regular file */
	assert_int_equal(defaults_read(&d, &err), BG_ERR_READ);
	assert_string_equal(err.detail, "not a regular file");
	defaults_free(&d);
	rmdir(path);
	snprintf(path, sizeof path, "%s/baogao", dir);
	rmdir(path);
	rmdir(dir);
	unsetenv("BAOGAO");
	unsetenv("XDG_CONFIG_HOME");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(config_lines_become_options),
		cmocka_unit_test(variable_words),
		cmocka_unit_test(the_last_one_wins),
		cmocka_unit_test(defaults_do_not_conflict_with_a_mode),
		cmocka_unit_test(bad_defaults),
		cmocka_unit_test(the_config_file_from_the_environment),
		cmocka_unit_test(reads_the_file_and_the_variable),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

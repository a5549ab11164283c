# score.awk - scores baogao's output on the corpus (run by check.sh).
# Input: the report names, one a line; for each NAME, dir holds NAME.gold,
# NAME.outline (--outline --format=tsv), NAME.json (--outline --format=json)
# and NAME.figures (--figures --format=tsv).
#
# A gold is TAB-separated, # lines are comments:
#   meta KEY VALUE          KEY: title, issuer, date (YYYY-MM-DD), docno
#   DEPTH LABEL LINE PREFIX an outline row, in document order
#   ?DEPTH LABEL LINE ...   an optional row: neither missing nor extra
#   fig LINE TEXT           a figure to be found on LINE
#   nofig LINE TEXT         something on LINE that is not a figure
#   subj LINE TEXT SUBJECT CHANGE
#                           the figure that starts with TEXT on LINE (the
#                           Nth subj row of that LINE and TEXT is the Nth)
#                           measures SUBJECT (alternatives a|b, - for
#                           none) and is a change or a level (CHANGE)
# An outline row is right when its depth, label and line equal a gold
# row's and its title starts with PREFIX.  A reported figure is TEXT when
# it is on LINE and its text contains TEXT or is contained in it.  Title,
# issuer and docno are compared without white space, and so are
# subjects; a title, issuer or
# date the gold has not is counted as wrong when baogao reports one.

BEGIN { FS = "\t" }

function squeeze(s) {
	gsub(/[ \t]|\343\200\200|\302\240/, "", s)
	return s
}

# The string value of the first "key": in the JSON text s; "" for null.
function json_value(s, key,    at, out, c) {
	at = index(s, "\"" key "\":")
	if (at == 0) return ""
	s = substr(s, at + length(key) + 3)
	if (substr(s, 1, 1) != "\"") return ""
	out = ""
	for (at = 2; at <= length(s); at++) {
		c = substr(s, at, 1)
		if (c == "\"") break
		if (c == "\\") {
			c = substr(s, ++at, 1)
			if (c == "n") c = "\n"
			else if (c == "t") c = "\t"
		}
		out = out c
	}
	return out
}

function same_figure(a, b) {
	return a != "" && b != "" && (index(a, b) || index(b, a))
}

function score(name,    file, line, f, n, i, j, ngold, nrep, tp, ignored, extra,
		       p, r, f1, used, key, got, want, right, total, nfig, found, nfalse,
		       g_depth, g_label, g_line, g_prefix, o_label, o_line,
		       fig_line, fig_text, fig_n, figs, detail) {
	detail = ""
	ngold = 0
	nsubj = 0
	split("", used)
	split("", want)
	nfig = 0
	# The gold.
	file = dir "/" name ".gold"
	while ((getline line <file) > 0) {
		if (line ~ /^#/ || line == "") continue
		n = split(line, f, "\t")
		if (f[1] == "meta") {
			want[f[2]] = f[3]
		} else if (f[1] == "fig" || f[1] == "nofig") {
			nfig++
			fig_n[nfig] = f[1]
			fig_line[nfig] = f[2]
			fig_text[nfig] = f[3]
		} else if (f[1] == "subj") {
			nsubj++
			subj_line[nsubj] = f[2]
			subj_text[nsubj] = f[3]
			subj_want[nsubj] = f[4]
			subj_change[nsubj] = f[5]
		} else if (f[1] ~ /^\?/) {
			o_label[f[2] "@" f[3]] = 1
		} else {
			ngold++
			g_depth[ngold] = f[1]
			g_label[ngold] = f[2]
			g_line[ngold] = f[3]
			g_prefix[ngold] = f[4]
		}
	}
	close(file)
	# The outline.
	file = dir "/" name ".outline"
	nrep = tp = ignored = 0
	getline line <file
	while ((getline line <file) > 0) {
		split(line, f, "\t")
		nrep++
		for (i = 1; i <= ngold; i++)
			if (!(i in used) && g_depth[i] == f[1] && g_label[i] == f[2] &&
			    g_line[i] == f[4] &&
			    (g_prefix[i] == "" || index(f[3], g_prefix[i]) == 1))
				break
		if (i <= ngold) {
			used[i] = 1
			tp++
		} else if ((f[2] "@" f[4]) in o_label) {
			ignored++
		} else {
			detail = detail sprintf("    + extra    %s\t%s\t%s\t%s\n", f[1], f[2], f[4], f[3])
		}
	}
	close(file)
	for (i = 1; i <= ngold; i++)
		if (!(i in used))
			detail = detail sprintf("    - missing  %s\t%s\t%s\t%s\n", g_depth[i], g_label[i],
						g_line[i], g_prefix[i])
	p = nrep - ignored > 0 ? tp / (nrep - ignored) : 1
	r = ngold > 0 ? tp / ngold : 1
	f1 = p + r > 0 ? 2 * p * r / (p + r) : 0
	# The metadata.
	file = dir "/" name ".json"
	line = ""
	getline line <file
	close(file)
	right = total = 0
	n = split("title issuer date docno", f, " ")
	for (i = 1; i <= n; i++) {
		key = f[i]
		got = json_value(line, key)
		if (key in want) {
			total++
			if (key == "date" ? got == want[key] : squeeze(got) == squeeze(want[key])) {
				right++
				continue
			}
		} else if (got != "" && key != "docno") {
			total++
		} else {
			continue
		}
		detail = detail sprintf("    ~ %-8s %s (gold: %s)\n", key, got == "" ? "none" : got,
					key in want ? want[key] : "none")
	}
	# The figures.
	file = dir "/" name ".figures"
	split("", figs)
	split("", row_count)
	getline line <file
	while ((getline line <file) > 0) {
		split(line, f, "\t")
		figs[f[5]] = figs[f[5]] "\t" f[2]
		n = ++row_count[f[5]]
		row_text[f[5], n] = f[2]
		row_subject[f[5], n] = f[8]
		row_change[f[5], n] = f[9]
	}
	close(file)
	# The subjects.
	subj_right = change_right = 0
	split("", seen)
	for (i = 1; i <= nsubj; i++) {
		key = subj_line[i] SUBSEP subj_text[i]
		want_n = ++seen[key]
		got = ""
		got_change = ""
		found = 0
		for (j = 1; j <= row_count[subj_line[i]]; j++)
			if (index(row_text[subj_line[i], j], subj_text[i]) == 1 && ++found == want_n) {
				got = row_subject[subj_line[i], j]
				got_change = row_change[subj_line[i], j] == "true" ? "change" : "level"
				break
			}
		n = split(subj_want[i], alt, "|")
		for (j = 1; j <= n; j++)
			if (squeeze(alt[j] == "-" ? "" : alt[j]) == squeeze(got) && found == want_n)
				break
		shown = got == "" ? "none" : got
		if (found != want_n) shown = "figure not found"
		if (j <= n)
			subj_right++
		else
			detail = detail sprintf("    ~ subject  %s\t%s\t%s (gold: %s)\n", subj_line[i],
						subj_text[i], shown, subj_want[i])
		if (found == want_n && got_change == subj_change[i])
			change_right++
		else if (found == want_n)
			detail = detail sprintf("    ~ change   %s\t%s\t%s (gold: %s)\n", subj_line[i],
						subj_text[i], got_change, subj_change[i])
	}
	all_subj += nsubj
	all_subj_right += subj_right
	all_change_right += change_right
	found = nfalse = 0
	total_fig = 0
	for (i = 1; i <= nfig; i++) {
		n = split(substr(figs[fig_line[i]], 2), f, "\t")
		for (j = 1; j <= n; j++)
			if (same_figure(f[j], fig_text[i]))
				break
		if (fig_n[i] == "fig") {
			total_fig++
			if (j <= n) found++
			else detail = detail sprintf("    - figure   %s\t%s\n", fig_line[i], fig_text[i])
		} else if (j <= n) {
			nfalse++
			false_list = false_list sprintf("  %s:%s\t%s (nofig %s)\n", name, fig_line[i],
							f[j], fig_text[i])
		}
	}
	kind = name
	sub(/-.*/, "", kind)
	printf "%-40s %-10s %4d %6.3f %6.3f %6.3f %5s %7s %5d %7s\n", name, kind, ngold, p, r, f1,
		right "/" total, found "/" total_fig, nfalse, nsubj ? subj_right "/" nsubj : "-"
	if (verbose) printf "%s", detail
	reports++
	sum_f1 += f1
	if (reports == 1 || f1 < min_f1) { min_f1 = f1; min_name = name }
	all_right += right
	all_meta += total
	all_found += found
	all_figs += total_fig
	all_false += nfalse
}

{
	if (reports == 0)
		printf "%-40s %-10s %4s %6s %6s %6s %5s %7s %5s %7s\n", "report", "kind", "gold",
			"P", "R", "F1", "meta", "figs", "false", "subject"
	score($0)
}

END {
	if (reports == 0) { print "no reports"; exit 2 }
	mean_f1 = sum_f1 / reports
	meta_pct = all_meta ? 100 * all_right / all_meta : 100
	recall_pct = all_figs ? 100 * all_found / all_figs : 100
	printf "\n%d reports\n", reports
	printf "outline F1: mean %.3f, min %.3f (%s)\n", mean_f1, min_f1, min_name
	printf "metadata right: %.1f%% (%d/%d)\n", meta_pct, all_right, all_meta
	printf "figures recall: %.1f%% (%d/%d)\n", recall_pct, all_found, all_figs
	subject_pct = all_subj ? 100 * all_subj_right / all_subj : 100
	printf "false figures: %d\n%s", all_false, false_list
	printf "subjects right: %.1f%% (%d/%d), change or level right: %.1f%% (%d/%d)\n",
		subject_pct, all_subj_right, all_subj,
		all_subj ? 100 * all_change_right / all_subj : 100, all_change_right, all_subj
	status = 0
	if (floor_f1 != "" && mean_f1 < floor_f1 + 0) {
		printf "mean outline F1 %.3f is below the floor %s\n", mean_f1, floor_f1
		status = 1
	}
	if (floor_meta != "" && meta_pct < floor_meta + 0) {
		printf "metadata right %.1f%% is below the floor %s%%\n", meta_pct, floor_meta
		status = 1
	}
	if (floor_recall != "" && recall_pct < floor_recall + 0) {
		printf "figures recall %.1f%% is below the floor %s%%\n", recall_pct, floor_recall
		status = 1
	}
	if (floor_subject != "" && subject_pct < floor_subject + 0) {
		printf "subjects right %.1f%% is below the floor %s%%\n", subject_pct, floor_subject
		status = 1
	}
	if (max_false != "" && all_false > max_false + 0) {
		printf "%d false figures, more than %s\n", all_false, max_false
		status = 1
	}
	exit status
}

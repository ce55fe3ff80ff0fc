# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Writes BENCHMARKS.md from the results of bench/run.py."""
import os
import re
import statistics
import subprocess

CONCURRENCIES = [1, 2, 4, 6, 8]
# BulkJob::DefaultConcurrency, read from the source the programs were built from.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "core", "bulk", "BulkJob.h")) as _header:
    DEFAULT_CONCURRENCY = int(re.search(r"DefaultConcurrency = (\d+);", _header.read()).group(1))


def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else float("nan")


def verdict(ok):
    return "**met**" if ok else "**missed**"


def rate(results, key):
    return results.get(key, {}).get("median", float("nan"))


# How the server CPU of items 1 and 8 is read (bench/run.py, Runner.collected_cpu).
GARBAGE = ("Server CPU: each measure starts with the server's Lua garbage collected in full (not counted) and "
           "ends with its own collected in full (counted), so that no measure pays for the garbage of the one "
           "before it.")
KEPT = "<!-- Sections below are written by other bench scripts; bench/report.py keeps them. -->"
STORAGE_HEADING = "## 6. The 100,000-user host on PostgreSQL"


def kept_section(path, heading):
    """The section of the report at path that starts with heading, up to the next "## " ("" if none)."""
    try:
        with open(path) as f:
            text = f.read()
    except OSError:
        return ""
    start = text.find(heading + "\n")
    if start < 0:
        return ""
    end = text.find("\n## ", start + len(heading))
    return text[start:end + 1 if end >= 0 else len(text)]


def write_report(results, path):
    m = results["machine"]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    out = []
    w = out.append
    w("# Benchmarks")
    w("")
    w("Written by `bench/run.sh` (last part run %s; report written at commit %s; the code each part "
      "measured is said at the end). Every figure is measured side by side in one run on one machine; rates "
      "and times are **medians of %d rounds** unless said otherwise, with the single rounds in brackets."
      % (results["started"], commit, results["repeat"]))
    w("")
    w("## Machine")
    w("")
    w("| | |")
    w("|---|---|")
    w("| CPU | %s, %s cores |" % (m["cpu"], m["cores"]))
    w("| memory | %s |" % m["memory"])
    w("| system | `%s` |" % m["uname"])
    w("| software | Prosody %s, Qt %s, %s |" % (m["prosody"], m["qt"], m["curl"]))
    w("| load average (1, 5, 15 min) | %s before, %s after |" % (" ".join(m["load_before"]), " ".join(m.get("load_after", []))))
    w("")
    w("Absolute figures depend on what else the machine runs (the load averages above; `bench/run.sh` "
      "builds its programs just before measuring, which the first of them includes). The ratios compare "
      "measures taken in the same round, one right after the other, which is what the goals ask for. "
      "Server and client share the two cores.")
    w("")
    w("## Method")
    w("")
    w("- Server: `server/sandbox.py` (Prosody 0.12 with our `mod_admin_rest`, internal storage, "
      "`internal_hashed` authentication) on loopback; one sandbox for items 1, 3 and 5, another with "
      "100,000 accounts for item 2.")
    w("- The console: `bench/bench_api` (Release build, linked to `pac_core`) uses `AdminRestClient` and `BulkJob`; "
      "user creation goes through `CsvReader` → `UserImportPlan` → one `POST /user/<u>` `BulkJob` item per user, "
      "the one-by-one path of the CSV import (`ImportUsers`; on our module the import now batches its creations "
      "through `POST /batch/create-users`, see README, \"Sign in once, ask in bulk\"). "
      "Reads (`GET /user/<u>`, `GET /roster/<u>`) and per-recipient messages are `BulkJob` items too. "
      "The concurrency is `BulkJob::setConcurrency` (the import dialog's spin box).")
    w("- `curl` keep-alive with N in parallel: N `curl -K` processes started together, each sending its "
      "share (1000/N) of the requests one after the other over one kept-alive connection; the time is the wall "
      "time until the last one ends.")
    w("- `curl` per request: a shell script with one `curl` command line per request, run one after the other.")
    w("- `prosodyctl` loop: `prosodyctl --config <sandbox config> register <user> sandbox.localhost <pw>`, "
      "one process per user, against the running sandbox's data directory.")
    w("- The loops (process per request, prosodyctl) run fewer items (%d prosodyctl registrations, twice "
      "as many curl creations, four times as many reads) and are reported as a rate: their cost per item "
      "does not depend on the count." % (results.get("loop_count", 50)))
    w("- Rates are successful calls per second; a measure in which calls failed says so.")
    w("")

    ran_api = "create/console-%d" % DEFAULT_CONCURRENCY in results
    kept = []  # headings of parts not in results, kept from the report as they are (a partial run)
    if not ran_api:
        kept += keep(w, path, "## 1. Many calls: bulk create, user reads, roster reads", "## 3. Responsiveness")
    if ran_api:
        w("## 1. Many calls: bulk create, user reads, roster reads")
        w("")
        w("%d calls per measure (reads: the sandbox's %d demo users)." % (results["count"], results["count"]))
        w("")
        w("| calls/s | %s |" % " | ".join(map(str, CONCURRENCIES)))
        w("|---|" + "---|" * len(CONCURRENCIES))
        spare = " |" * (len(CONCURRENCIES) - 1)
        for kind in ("create", "get", "roster"):
            for who, label in (("console", "console `BulkJob`, concurrency"), ("curl-keepalive", "curl keep-alive, parallel")):
                cells = []
                for c in CONCURRENCIES:
                    e = results.get("%s/%s-%d" % (kind, who, c))
                    if not e:
                        cells.append("–")
                        continue
                    cell = "%.1f (%s)" % (e["median"], ", ".join("%.0f" % r for r in e["rates"]))
                    if e.get("failures"):
                        cell += " ⚠ %d failed" % e["failures"]
                    cells.append(cell)
                w("| %s %s | %s |" % (kind, label, " | ".join(cells)))
            loop = results.get("%s/curl-process-loop" % kind)
            if loop:
                w("| %s curl process per request | %.1f (%s) |%s" % (kind, loop["median"], ", ".join("%.0f" % r for r in loop["rates"]),
                                                                  spare))
            if kind == "create" and "create/prosodyctl-loop" in results:
                e = results["create/prosodyctl-loop"]
                w("| create prosodyctl loop | %.1f (%s) |%s" % (e["median"], ", ".join("%.1f" % r for r in e["rates"]), spare))
        w("")
        w("CPU per successful call (medians; `server`: the sandbox Prosody's user+system time, `client`: "
          "every process the runner waited for: curl, bash, prosodyctl, bench_api). These do not depend on "
          "how busy the machine was:")
        w("")
        w("| ms CPU per call | server | client |")
        w("|---|---|---|")
        for kind in ("create", "get", "roster"):
            for way in ["console-%d" % c for c in CONCURRENCIES] + ["curl-keepalive-%d" % c for c in CONCURRENCIES] + [
                    "curl-process-loop", "prosodyctl-loop"]:
                e = results.get("%s/%s" % (kind, way))
                if e and e.get("server_cpu_ms"):
                    w("| %s %s | %.2f | %s |" % (kind, way, med(e["server_cpu_ms"]),
                                                "%.2f" % med(e["client_cpu_ms"]) if e.get("client_cpu_ms") else "–"))
        w("")
        w("### Goals")
        w("")
        w("Each ratio is the median over the rounds of the ratio within one round (the console at its default "
          "concurrency, %d, against the other way's best setting: its variant with the highest median rate, "
          "measured in the same round), so that a round in which the machine was busier counts against both "
          "sides alike. The last column sets the console against the fastest of the other way's measures of "
          "each round instead, whichever variant it was: with %d noisy curl variants that is partly luck, a bias "
          "against the console. %s" % (DEFAULT_CONCURRENCY, len(CONCURRENCIES), GARBAGE))
        w("")
        w("| measure | console, default concurrency | best console | other way (best setting) | ratio (per round) "
          "| goal | | ratio to the fastest measure |")
        w("|---|---|---|---|---|---|---|---|")
        rounds = results["repeat"]
        for kind in ("create", "get", "roster"):
            default_key = "%s/console-%d" % (kind, DEFAULT_CONCURRENCY)
            best_c = max(CONCURRENCIES, key=lambda c: rate(results, "%s/console-%d" % (kind, c)))
            others = [("best keep-alive curl", ["%s/curl-keepalive-%d" % (kind, c) for c in CONCURRENCIES], 0.9),
                      ("curl process per request", ["%s/curl-process-loop" % kind], 1.9 if kind == "create" else 3.0)]
            if kind == "create":
                others.append(("prosodyctl loop", ["create/prosodyctl-loop"], 4.0))
            for label, keys, need in others:
                best_other = max(keys, key=lambda k: rate(results, k))
                ratios = round_ratios(results, default_key, [best_other], rounds)
                ratio = med(ratios)
                fastest = med(round_ratios(results, default_key, keys, rounds))
                w("| %s vs %s | %.1f/s | %.1f/s (at %d) | %.1f/s (%s) | %.3f× (%s) | ≥ %.1f× | %s | %.3f× |"
                  % (kind, label, rate(results, default_key), rate(results, "%s/console-%d" % (kind, best_c)), best_c,
                     rate(results, best_other), best_other.split("/", 1)[1], ratio,
                     ", ".join("%.2f" % x for x in ratios), need, verdict(ratio >= need), fastest))
        w("")
        w("The console at each concurrency against the best keep-alive curl setting, measured in the same round "
          "(median of the per-round ratios; the worst of the three calls decides the default):")
        w("")
        w("| console concurrency | create | get | roster | worst |")
        w("|---|---|---|---|---|")
        for c in CONCURRENCIES:
            cells = []
            for kind in ("create", "get", "roster"):
                best_curl = max(["%s/curl-keepalive-%d" % (kind, k) for k in CONCURRENCIES],
                                key=lambda k: rate(results, k))
                cells.append(med(round_ratios(results, "%s/console-%d" % (kind, c), [best_curl], rounds)))
            w("| %d%s | %s | %.3f× |" % (c, " (default)" if c == DEFAULT_CONCURRENCY else "",
                                         " | ".join("%.3f×" % x for x in cells), min(cells)))
        w("")
        cpu_lines = []
        for kind in ("create", "get", "roster"):
            console = results.get("%s/console-%d" % (kind, DEFAULT_CONCURRENCY), {})
            curls = [results.get("%s/curl-keepalive-%d" % (kind, c), {}) for c in CONCURRENCIES]
            if console.get("client_cpu_ms") and all(e.get("client_cpu_ms") for e in curls):
                server = med(console["server_cpu_ms"])
                mine = med(console["client_cpu_ms"])
                theirs = med([x for e in curls for x in e["client_cpu_ms"]])
                cpu_lines.append("%s: server %.2f ms, console %.2f ms, curl %.2f ms → %.2f×"
                                 % (kind, server, mine, theirs, (server + theirs) / (server + mine)))
        if cpu_lines:
            w("**Client CPU.** Client and server share the machine's two cores, so each call costs its server "
              "CPU plus its client CPU, and where the cores are the limit the best ratio the console can reach "
              "against curl is (server + curl) / (server + console) per call: " + "; ".join(cpu_lines) + ". "
              "The console spends two to three times curl's CPU per call (Qt's network stack, the reply objects, "
              "JSON parsing, the job's bookkeeping); with a core to spare for the client (or a server on another "
              "machine) both are bound by the server alone. A callgrind profile of `bench_api` doing 300 "
              "`GET /user` (run by hand, not by this script) puts about a fifth of the console's instructions in "
              "`QNetworkAccessManager::createRequest` (about 150,000 per request: Qt 6.4 wires every reply up "
              "with string-based connections and meta-type look-ups), most of the rest in Qt's HTTP thread, "
              "and about 5% in our own code (`AdminRestClient`, `ResponseParser`, `BulkJob`).")
            w("")
        w(NOTES_CONCURRENCY)
        w("")

        gui = results.get("responsiveness/create-gui")
        if gui:
            w("## 3. Responsiveness")
            w("")
            gaps = gui["gaps"]
            worst_core = max((g for kind in ("create", "get", "roster") for c in CONCURRENCIES
                              for g in results.get("%s/console-%d" % (kind, c), {}).get("gaps", [])), default=float("nan"))
            w("A 10 ms `QTimer` (precise) on the GUI thread while the 1,000-user create job runs at the default "
              "concurrency, with the import dialog's outcome table (`BulkOutcomeModel` in a `QTableView`) and a "
              "progress bar shown (offscreen platform, so painting is done in memory): longest gap between two "
              "ticks **%.1f ms** median (%s), goal ≤ 50 ms: %s. Across every other `bench_api` run above (no "
              "window) the longest gap seen was %.1f ms."
              % (med(gaps), ", ".join("%.1f" % g for g in gaps), verdict(med(gaps) <= 50), worst_core))
            w("")
            w("The job never blocks the event loop: each reply is handled in its own short slot (the console's "
              "CPU per call is the `client` column above, about half a millisecond, most of it in Qt's network "
              "stack). On a loaded machine, a thread that is ready to run can wait tens of "
              "milliseconds for a core, and the longest gaps are that wait; they say more about the machine "
              "than about the job. An idle machine is needed to show the job's own worst slice.")
            w("")

    b = results.get("broadcast")
    if not b:
        kept += keep(w, path, "## 5. Broadcast and multicast to online sessions")
    if b:
        online = results["sessions_online"]
        w("## 5. Broadcast and multicast to online sessions")
        w("")
        w("%d sessions online (one per user, raw-socket c2s logins by `bench/xmpp_sessions.py`, logged in in %.0f s). "
          "`seconds` is the console's wall time for the call(s) (HTTP answer received); `delivered` is the time "
          "until every session had read its message, measured by the session holder from just before the "
          "call was started." % (online["online"], online["seconds"]))
        w("")
        w("| way | seconds | delivered after | messages received |")
        w("|---|---|---|---|")
        for key, e in b.items():
            w("| %s | %.3f (%s) | %.3f s | %s |" % (key, med(e["seconds"]), ", ".join("%.3f" % s for s in e["seconds"]),
                                               med(e["delivered_seconds"]), "/".join(str(x) for x in e["delivered"])))
        per = [med(e["seconds"]) for k, e in b.items() if k.startswith("per-recipient/console")]
        if per and "broadcast/console" in b:
            w("")
            w("Broadcast is %.0f× faster than one `POST /message/<user>` per recipient through the console, "
              "multicast %.0f×." % (per[0] / med(b["broadcast/console"]["seconds"]),
                                   per[0] / med(b["multicast/console"]["seconds"])))
            curl = [med(e["seconds"]) for k, e in b.items() if k.startswith("per-recipient/curl")]
            if curl:
                w("Against one request per recipient over curl keep-alive (%.2f s), broadcast is %.0f× faster and "
                  "multicast %.0f×; that curl beat the console's own per-recipient sending here is the effect "
                  "described in item 1 (curl spends a third of the console's CPU per call, and the two share the "
                  "cores with the server)."
                  % (curl[0], curl[0] / med(b["broadcast/console"]["seconds"]),
                     curl[0] / med(b["multicast/console"]["seconds"])))
        w("")

    u = results.get("users")
    if not u:
        kept += keep(w, path, "## 2. Big hosts (100,000 users)")
    if u:
        w("## 2. Big hosts (100,000 users)")
        w("")
        w("The body is a real `GET /all-users` answer of a sandbox with %d accounts (%.1f MB, fetched in %.1f s). "
          "`bench/bench_users` (%s, offscreen) times it %d times each:"
          % (u["rows"], u["body_bytes"] / 1e6, results.get("all_users_fetch_seconds", float("nan")),
             results.get("build_type", "Release"), len(u["fromjson_ms"])))
        w("")
        ratio = u["parse_model_median_ms"] / u["fromjson_median_ms"]
        w("| measure | result | goal | |")
        w("|---|---|---|---|")
        w("| bare `QJsonDocument::fromJson` | %.0f ms (%s) | | |" % (u["fromjson_median_ms"], ", ".join("%.0f" % x for x in u["fromjson_ms"])))
        w("| `ResponseParser::parseAllUsers` + `UsersModel::setUsers` | %.0f ms (%s) | | |"
          % (u["parse_model_median_ms"], ", ".join("%.0f" % x for x in u["parse_model_ms"])))
        w("| parse + model / fromJson | %.2f× | ≤ 2× | %s |" % (ratio, verdict(ratio <= 2)))
        w("| filter keystroke, median of %d (typing `user4242` and erasing it, filter + relayout + repaint) | %.1f ms (max %.1f) | ≤ 16 ms; < 10 ms (issue 17) | %s; %s |"
          % (u["keystrokes"], u["keystroke_median_ms"], u["keystroke_max_ms"], verdict(u["keystroke_median_ms"] <= 16),
             verdict(u["keystroke_median_ms"] < 10)))
        w("| heap above an empty model, per user (`mallinfo2`, model only) | %.0f bytes | ≤ 150 | %s |"
          % (u["model_bytes_per_user"], verdict(u["model_bytes_per_user"] <= 150)))
        w("| the same with the pane's proxy and table view | %.0f bytes | | |" % u["model_proxy_view_bytes_per_user"])
        p = results.get("pages")
        if p:
            w("| our `GET /registered-users?limit=1000`, first page (builds the sorted list) | %.2f s | reported | |" % p["first"][0])
            w("| later 1,000-user pages (curl `time_total`) | %.3f s median (%s) | reported | |"
              % (med(p["later"]), ", ".join("%.3f" % x for x in p["later"])))
        if u.get("keystroke_median_ms_by_text"):
            w("")
            w("Each keystroke (median over the rounds, ms): " + ", ".join(
                "`%s` %.1f" % (text or "(empty)", ms) for text, ms in u["keystroke_median_ms_by_text"]) + ".")
        w("")
        w(NOTES_BIG)
        w("")

    s = results.get("startup")
    if not s:
        kept += keep(w, path, "## 4. Start-up")
    if s:
        bare, console = med(s["bare"]), med(s["console"])
        w("## 4. Start-up")
        w("")
        w("Process start (fork in the runner) to the first paint of the main window, offscreen, %d runs each, "
          "alternating. `bench_startup_console` is `src/main.cpp` plus a `FirstPaintProbe` (an application "
          "event filter that prints and quits after the first paint of a window); `bench_startup_bare` is a "
          "bare `QWidget` window with the same probe, built the same way (Release, same flags); with `--text` "
          "the same window holds one `QLabel`, the cheapest window that draws text. The console "
          "runs with `--url` to a closed loopback port and an empty settings directory, so it starts no "
          "server and reads no profile." % len(s["bare"]))
        w("")
        w("| | median | runs |")
        w("|---|---|---|")
        w("| bare window | %.0f ms | %s |" % (bare, ", ".join("%.0f" % x for x in s["bare"])))
        if s.get("text"):
            text = med(s["text"])
            w("| bare window with one label (`--text`) | %.0f ms | %s |" % (text, ", ".join("%.0f" % x for x in s["text"])))
        w("| console | %.0f ms | %s |" % (console, ", ".join("%.0f" % x for x in s["console"])))
        if s.get("listed"):
            w("| console, signed in to a sandbox of 1000 users, to the users list painted with rows (%s rows) | %.0f ms | %s |"
              % ("/".join(sorted({str(r) for r in results.get("startup_listed_rows", [])})), med(s["listed"]),
                 ", ".join("%.0f" % x for x in s["listed"])))
        w("| ratio console / bare window | %.2f× | goal ≤ 1.5×: %s |" % (console / bare, verdict(console / bare <= 1.5)))
        if s.get("text"):
            w("| ratio window with one label / bare window | %.2f× | |" % (text / bare))
            w("| ratio console / window with one label | %.2f× | |" % (console / text))
        w("")
        w(NOTES_STARTUP)
        if s.get("listed"):
            w("")
            w(NOTES_LISTED)
        w("")

    # Item 6 is written by bench/storage_big.py; a rewrite of the other items keeps it.
    storage = kept_section(path, STORAGE_HEADING).rstrip("\n")
    if storage:
        w(storage)
        w("")
    t = results.get("signin_bulk")
    if t:
        write_signin_bulk(w, t)
    else:
        kept += keep(w, path, SIGNIN_HEADING)

    million = results.get("million")
    if million:
        write_million(w, million)
    else:
        kept += keep(w, path, MILLION_HEADING)

    limits = "## Limits, and what was not measured"
    previous_limits = kept_section(path, limits).split(KEPT, 1)[0].rstrip("\n")
    if kept and previous_limits:
        # Parts kept from the report: so are its limits and notes about the runs they came from.
        w(previous_limits)
        for note in results.get("notes", []):
            if "- " + note not in previous_limits:
                w("- " + note)
        w("")
    else:
        w(limits)
        w("")
        missing = []
        if not ran_api:
            missing.append("item 1 (many calls) and item 3 (responsiveness) were not run")
        if not b:
            missing.append("item 5 (broadcast) was not run")
        if not u:
            missing.append("item 2 (big hosts) was not run")
        if not s:
            missing.append("item 4 (start-up) was not run")
        w("; ".join(missing) + "." if missing else NOTES_LIMITS)
        for note in results.get("notes", []):
            w("- " + note)
        w("")
    # Sections other bench scripts wrote (bench/module_load.py) stay, after the marker.
    kept = ""
    if os.path.exists(path):
        with open(path) as f:
            previous = f.read()
        if KEPT in previous:
            kept = KEPT + previous.split(KEPT, 1)[1]
    with open(path, "w") as f:
        f.write("\n".join(out) + ("\n" + kept if kept else ""))


def keep(w, path, *headings):
    """Writes the sections of the report at path under these headings as they are (parts not run now);
    -> the headings found."""
    found = []
    for heading in headings:
        section = kept_section(path, heading)
        if section:
            w(section.split(KEPT, 1)[0].rstrip("\n"))
            w("")
            found.append(heading)
    return found


SIGNIN_HEADING = "## 8. Sign in once, ask in bulk (issue 17)"


def round_ratios(results, key, others, rounds):
    """Per round: the rate of `key` over the fastest of `others` in that round."""
    ratios = []
    for r in range(rounds):
        try:
            ratios.append(results[key]["rates"][r] / max(results[k]["rates"][r] for k in others if k in results))
        except (KeyError, IndexError, ValueError):
            pass
    return ratios


def write_signin_bulk(w, t):
    """Issue 17: signing in once and asking in bulk, against the best keep-alive curl with Basic."""
    w(SIGNIN_HEADING)
    w("")
    w("Run %s, %d round(s) of %d calls each; %s" % (t["started"], t["rounds"], t["count"], t.get("load", "")))
    w("")
    w("The console against keep-alive curl (`curl -u`, the per-user route with HTTP Basic) at %s in parallel, "
      "all against the same sandbox in the same round, the console and the curl variants taking turns at going "
      "first from round to round. **Best curl setting**: the curl variant with the highest median rate over the "
      "rounds; the ratio is the median over the rounds of the console's rate over that variant's rate in the same "
      "round (single rounds in brackets), and the goal is judged on it. **Fastest curl measure**: the console "
      "against the fastest of the %d curl measures of each round, whichever variant it was; every measure is "
      "noisy, so the fastest of %d is partly luck, a bias against the console. "
      "`token`: the console's one-by-one `BulkJob` path (concurrency %d) signing in once (`POST /token`, then "
      "`Authorization: Bearer`); `batch`: `POST /batch/create-users` (%d users a request), `/batch/users`, "
      "`/batch/rosters` (%d a request), two requests at a time; `published`: a sandbox answering like the "
      "published current module (`admin_rest_emulate = \"current\"`), where the console sends the password "
      "with every request. %s"
      % (", ".join(map(str, CONCURRENCIES)), len(CONCURRENCIES), len(CONCURRENCIES),
         t["concurrency"] or DEFAULT_CONCURRENCY, t["create_batch"], t["read_batch"], GARBAGE))
    w("")
    w("| | console calls/s | best curl setting: calls/s | ratio to the best curl setting | "
      "ratio to the fastest curl measure | goal |")
    w("|---|---|---|---|---|---|")
    for key, label, goal in t["rows"]:
        row = t["ratios"].get(key)
        if not row:
            continue
        variants = {c: rates for c, rates in row.get("curl_variants", {}).items() if rates}
        if variants:
            best = max(variants, key=lambda c: med(variants[c]))
            ratios = [console / curl for console, curl in zip(row["console"], variants[best])]
            setting = "%.1f (%s in parallel)" % (med(variants[best]), best)
            ratio = med(ratios)
            against_best = "%.2f× (%s)" % (ratio, ", ".join("%.2f" % r for r in ratios))
        else:  # a run from before the variants were kept: judged on the fastest measure
            setting, ratio, against_best = "–", med(row["ratio"]), "–"
        w("| %s | %.1f | %s | %s | %.2f× (%s) | %s |" % (
            label, med(row["console"]), setting, against_best, med(row["ratio"]),
            ", ".join("%.2f" % r for r in row["ratio"]), "≥ %.1f×: %s" % (goal, verdict(ratio >= goal)) if goal else ""))
    w("")
    w("| ms server CPU per call | console | curl |")
    w("|---|---|---|")
    for key, label, _goal in t["rows"]:
        row = t["ratios"].get(key)
        if row:
            w("| %s | %.2f | %.2f |" % (label, med(row["server_cpu_console"]), med(row["server_cpu_curl"])))
    w("")
    batch = t["ratios"].get("create/batch")
    if batch and t.get("server_hash_ms"):
        cpu = batch["server_cpu_console"]
        ratios = [used / alone for used, alone in zip(cpu, t["server_hash_ms"])]
        apart = [used / alone for used, alone in zip(cpu, t.get("hash_ms", []))]
        w("Server CPU per user created in a batch: %.2f ms (%s). The new account's password hash alone "
          "(Prosody's own SCRAM-SHA-1 function at its default %d iterations, 200 hashes just before and 200 "
          "just after the console's batch creations of the round, averaged), timed inside the sandbox's own "
          "Prosody (`server/sandbox_modules/mod_sandbox_password_hash.lua`): %.2f ms (%s); ratio within the "
          "round %.2f× (%s), goal ≤ 1.1×: %s."
          % (med(cpu), ", ".join("%.2f" % x for x in cpu), t["hash_iterations"], med(t["server_hash_ms"]),
             ", ".join("%.2f" % x for x in t["server_hash_ms"]), med(ratios), ", ".join("%.2f" % x for x in ratios),
             verdict(med(ratios) <= 1.1)))
        if apart:
            w("")
            w("The same hash in a `lua5.4` process of its own (`bench/password_hash.lua`, at the same moments): "
              "%.2f ms (%s); the creations against it %.2f× (%s)."
              % (med(t["hash_ms"]), ", ".join("%.2f" % x for x in t["hash_ms"]), med(apart),
                 ", ".join("%.2f" % x for x in apart)))
        w("")
    w("Password checks: the token runs signed in %s time(s) for their whole job (`sign_ins` of `bench_api`)."
      % ", ".join(str(x) for x in t.get("sign_ins", [])))
    w("")


MILLION_HEADING = "## 9. A host of 1,000,000 users (issue 17)"


def write_million(w, m):
    """Issue 17: a million accounts, our paged listing's pages and the console's model and filter."""
    u = m["bench_users"]
    w(MILLION_HEADING)
    w("")
    w("`bench/run.py --only million` (%s; %s). A sandbox (Prosody 0.12, our module) on SQLite: its 1000 demo "
      "users written through Prosody as for every sandbox, then %d accounts in all, the others copies of a demo "
      "account's record written straight into its database in one `INSERT … SELECT` (%.0f s; through Prosody one "
      "by one, as item 2's host is made, it would take hours). Times in seconds (curl `time_total`)."
      % (m.get("started", ""), m.get("load", ""), m["users"], m["fill_seconds"]))
    w("")
    ratio = u["parse_model_median_ms"] / u["fromjson_median_ms"]
    w("| measure | result |")
    w("|---|---|")
    w("| our `GET /registered-users?limit=1000`, first page (lists the accounts and sorts them, kept for later pages) | %.2f s |"
      % m["first_page_seconds"])
    w("| later 1,000-user pages | %.3f s median (%s) |"
      % (med(m["later_pages_seconds"]), ", ".join("%.3f" % x for x in m["later_pages_seconds"])))
    w("| `GET /all-users` (the published module's unpaged listing; our module serves it too) | %.1f s, %.0f MB |"
      % (m["all_users_fetch_seconds"], m["all_users_bytes"] / 1e6))
    w("| bare `QJsonDocument::fromJson` of that answer (`bench_users`, median of %d) | %.0f ms |"
      % (len(u["fromjson_ms"]), u["fromjson_median_ms"]))
    w("| `ResponseParser::parseAllUsers` + `UsersModel::setUsers` | %.0f ms (%.2f× fromJson) |"
      % (u["parse_model_median_ms"], ratio))
    w("| heap above an empty model, per user (model only) | %.0f bytes |" % u["model_bytes_per_user"])
    w("| the same with the pane's proxy and table view | %.0f bytes |" % u["model_proxy_view_bytes_per_user"])
    w("| filter keystroke, median of %d (as in item 2) | %.1f ms (max %.1f) |"
      % (u["keystrokes"], u["keystroke_median_ms"], u["keystroke_max_ms"]))
    w("")
    if u.get("keystroke_median_ms_by_text"):
        w("Each keystroke (median over the rounds, ms): " + ", ".join(
            "`%s` %.1f" % (text or "(empty)", ms) for text, ms in u["keystroke_median_ms_by_text"]) + ".")
        w("")
    w(NOTES_MILLION)
    w("")


NOTES_CONCURRENCY = """**Why concurrency 8.** `BulkJob::DefaultConcurrency` is the concurrency whose worst ratio
against the best keep-alive curl setting, over the three calls, is the highest in this run's rounds
(the table above). Prosody serves every request on one Lua thread; with one connection it idles
while each answer travels back and the next request is written, and more connections fill those
gaps. Qt's `QNetworkAccessManager` opens at most six HTTP/1.1 connections to a host. At six calls
the job still leaves the server idle between answers: each answer goes from Qt's network thread to
the GUI thread, which records it and only then starts the next call, which goes back to the
network thread before it is written. At eight, the two calls beyond the six connections wait in
Qt's network thread, which writes one on a connection the moment its answer has arrived. A by-hand
check on the idle machine (the published current module, the console at 6, 8, 12 and 16 against
curl 6 in parallel, 8 rounds of 1,000 reads or 400 creations, turns rotating) gave user reads 0.84×
at 6, 1.05× at 8, 0.98× at 12 and 0.97× at 16, roster reads 0.86×, 1.01×, 1.09×, 0.96×, creations
1.13×, 1.10×, 1.03×, 1.05×; more than eight only queues more calls that a cancel lets finish. It was
6 until 77a8126 (2026-12-03), and 4 before that; the import dialog's spin box still lets the operator choose
fewer, to leave a busy server connections for its users.

**Noise.** Rounds of the same measure differ by up to 20% even on the idle machine (the single
rounds are in brackets), which is why every ratio is taken within a round and the median over the
rounds is reported. Until this run each round's console measure was set against the fastest of the
curl measures of that round, which with several noisy variants is partly luck, a bias against the
console; the ratio is now taken against the curl setting with the best median rate, and the fastest
measure's ratio is in the last column."""
NOTES_BIG = """**Parse and model** stay under 2× a bare `fromJson`: the parser walks the document once and the
model takes the rows in one go.

**Filter keystroke.** The pane's proxy, `UsersFilterProxy`, tests each row's JID straight from the
model's rows and sorts by JID on the rows too, where `QSortFilterProxyModel` built a `QVariant` per
row for the test and per comparison for the sort (30.9 ms a keystroke before that change). Two
shortcuts followed (issue 17): while the chosen order is JID ascending and the model's rows already
come in that order (our module and the published one list them sorted), the proxy keeps the model's
order instead of sorting, so rows that come back when the text is erased are put in place without
a comparison; and when the new text contains the old one, only the rows that matched are tested
again. Both give the same rows in the same order (`TestUsersFilterProxy` compares them with a plain
`QSortFilterProxyModel`); a row added out of order, a change of the model's rows or another filter
turn them off until they apply again. By hand, in the same build on the same body minutes apart
(load about 5), the proxy before them gave 9.6 and 10.0 ms (max 58 and 80: erasing back to `user`
alone took 54 ms, the whole list sorted again), with them 5.6 and 5.8 ms (max 19). The slowest keystrokes left are the fifth letter, which
hides nine rows in ten, and erasing the last letters, which shows them again: Qt removes and
inserts them one run of consecutive rows at a time, and the table's header and layout follow each
run.

**Memory** (254 bytes per user in the first run, 190 after rows shared their role's text). A row
is now a 40-byte `UserRow` in the model's list (the JID `QString`, the session count, the role as
an index into the model's table of role names, the last activity), the JID's own heap block
(header, UTF-16 text and allocator overhead: about 80 bytes for a 27-character JID) and its share
of the row index: `KeyedTableModel` finds a row by its key through `RowPositionIndex`, an
open-addressing table of 4-byte row positions with at least twice as many slots as rows, which
holds no copy of the key (a `QHash<QString, qsizetype>` node with a second string handle took
about 40 bytes). What would lower it further: the JID held once as UTF-8 (about 30 bytes less)."""
NOTES_LISTED = """**To the users list.** The last row is the console as an operator starts it on a server: signed
in (`--url`, `--jid`, the password in `PAC_ADMIN_PASSWORD`) to a running sandbox with our module, from
the fork to the first paint of the users table with its rows (`bench/UsersListProbe`: the paint of
the `usersView` viewport while its model has rows); the sandbox Prosody shares the two cores with
the console. A run by hand through a logging proxy (under load) shows where the time goes: after
the window, the sign-in (`POST /token`) and `/ping`, three waves of requests, each waiting for the
slowest of its answers, since Prosody serves them one at a time: the capability probe, in which
`GET /all-users` (the whole listing, a role lookup per account) is the slow one; then `/info`,
`/modules`, `/certificates` and others with the first `GET /last-activity` page (1,000 activity
reads); then the first `GET /registered-users` page, asked three times (by the users pane, with
`fields=enabled`, and by the Rosters and Groups panes' own user directories, built after the first
paint). What would lower it: a probe that
does not fetch the whole listing where the paged route answers (on the million-user host of item 9
that answer takes minutes and is refused for its size), and one first page shared by those who
ask for it."""
NOTES_MILLION = """**What a million costs.** Our module's first page lists every account (one `SELECT` of the
distinct account names on SQLite) and sorts a million JIDs in Lua, then keeps the sorted list for
the later pages, which cost what they cost on any host (their 1,000 role lookups). The unpaged
`GET /all-users` answer reads every account's role (a `SELECT` each on SQLite) and is 139 MB,
more than the console accepts in one answer (64 MB, issue 18): on a host this big the console
lists the users through our paged route, and against the published module, which has only the
unpaged one, it cannot list them. `bench_users` reads the answer from a file to time the parse,
the model and the filter on a million rows. Per user, the model holds a little more than at
100,000 (item 2): the JIDs are one character longer and fall in a larger allocator size class.
A keystroke that tests every row costs seven to ten times item 2's, the filter being linear in
the rows it tests; the shortcuts of item 2 are what keeps the longer texts cheap."""
NOTES_STARTUP = """**What changed** (2.94× two reports ago; 2.72× at commit 48aa035 on an idle machine, bare
window 12 ms and console 32 ms; a run that shares the two cores with other work, as the one above
may, gives figures that do not compare with those): the main window builds only the pane it shows
before its first paint, plus the dashboard and the activity log, which work in the background from
the start; the other six panes are built one per event-loop pass after the first paint, or at once
when chosen, and catch up with the session (`MainWindow::addPane`, `Pane::catchUpWithSession`,
tested by `TestMainWindow`). Message banners load their close icon with their first message.

**Why it is still missed.** A timed start of the console (a mark printed at each step, run by hand
on the idle machine) puts its time here: about 10 ms from the fork until `main` runs (exec and the
dynamic loader; the console loads ten libraries the bare window does not: QtNetwork with its
Kerberos, GSSAPI and libproxy dependencies, and QtKeychain), 2 ms `QApplication`, 6 ms the main
window's form (the first widget with text: fontconfig and the font database, the style, the menus),
3 ms the dashboard and activity log panes, 2 ms the toolbar and Server menu, 3 ms showing the window
with the Users pane, and 8 ms the first paint (text shaping, the table header, ten SVG icons, which
`QIcon` parses when it is created). The bare `QWidget` pays only the first two. The window with one
label shows what text alone costs; everything a real window adds beyond it (menus, a toolbar, a
table, icons) has to fit in the half of a bare window's start the goal leaves, 6 to 8 ms here.
What would move it further: icons rendered to PNG at build time (no SVG parsing at start), and
QtNetwork and QtKeychain loaded after the first paint (the console's core would have to be split in
two libraries). Building the dashboard and the activity log after the first paint too was tried by
hand: it gained about 1 ms from fork to paint, less than their marks, and is not worth moving their
recording out of the panes."""

NOTES_LIMITS = """- Responsiveness is measured in `bench_api` with the import dialog's outcome model in a table view and
  a progress bar, not with `ImportUsersDialog` itself (which needs a connected `ServerSession`).
- Memory is the heap in use from `mallinfo2` (after `malloc_trim`), not heaptrack; it counts what
  the model's rows hold, not the allocator's free lists.
- No instruction counts behind the figures (callgrind was used once, by hand, for the profile in
  item 1): the in-process figures of item 2 are thread CPU time, which a busy machine disturbs far
  less than wall time, but not at all is not claimed.
- Start-up is wall time from the runner's fork to the first paint; the breakdown in item 4 comes
  from marks printed by a patched build run by hand, not from this script.
- The figures of one part may come from an earlier run than another's when `--only` was used: the
  run time above is that of the last part run. Unless a note below says otherwise, each program was
  built from the working tree at the time of its run."""

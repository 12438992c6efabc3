"""The nightly timetable in the foreground: `python scheduler.py [--at 02:30]`.

It is `casewatch schedule` (options: --db, --spider, --sources-file, --time-limit);
the night's work, the locks and the job store are in casewatch/nightly.py.
"""

from casewatch.nightly import schedule

if __name__ == "__main__":
    schedule(prog_name="scheduler.py")

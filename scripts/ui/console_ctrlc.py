#!/usr/bin/python3
"""Ctrl-C in `jupyter console`, for our kernel and for ipykernel side by side.

Types a cell that loops forever into `jupyter console` through a pty, presses
Ctrl-C after 3 s, and reports whether the kernel stopped the cell: after
the interrupt it asks for the loop's counter, which only a kernel that is no
longer busy answers. Run as

    scripts/ui/console_ctrlc.py [KERNEL ...]   # default: linae-go python3

with the kernels installed (`bin/linae-kernel install`; python3 is
Debian's ipykernel). Needs pexpect. The console's raw output goes to
/tmp/console_ctrlc-KERNEL.log.
"""
import re
import sys
import time

import pexpect

CELLS = {  # kernel: (set the counter, loop forever, read the counter)
    "linae-go": ("n := 0", "for { n++ }", "n > 0"),
    "python3": ("n = 0", "while True: n += 1", "n > 0"),
}
ESC = r"(?:\x1b\[[0-9;?]*[a-zA-Z])*"


def prompt(kind, number):
    return kind + r" ?\[" + ESC + str(number) + ESC + r"\]"


def run(kernel):
    setup, loop, probe = CELLS[kernel]
    c = pexpect.spawn("jupyter", ["console", "--kernel=" + kernel, "--no-confirm-exit"],
                      encoding="utf-8", timeout=60, dimensions=(40, 200))
    c.logfile_read = open(f"/tmp/console_ctrlc-{kernel}.log", "w")
    c.expect(prompt("In", 1))
    c.sendline(setup)
    c.expect(prompt("In", 2))
    c.sendline(loop)
    time.sleep(3)
    t0 = time.time()
    c.sendcontrol("c")
    c.expect(prompt("In", 3), timeout=20)
    back = time.time() - t0
    escaped = "KeyboardInterrupt escaped interact()" in c.before
    c.sendline(probe)
    answered = c.expect([prompt("Out", 3) + ESC + r":" + ESC + r"\s*" + ESC + r"(\w+)", pexpect.TIMEOUT], timeout=15) == 0
    c.terminate(force=True)
    return (f"{kernel}: prompt back after Ctrl-C in {back:.2f} s; "
            f"console printed 'KeyboardInterrupt escaped interact()': {escaped}; "
            f"kernel answered the next cell (so the loop was stopped): {answered}")


if __name__ == "__main__":
    for k in sys.argv[1:] or ["linae-go", "python3"]:
        print(run(k), flush=True)

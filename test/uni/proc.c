/* proc.c - the proc module (processes on threads): spawn of the program
 * itself, _exit and return in a child, wait_child for one child and for any,
 * getpid, orphans, and the refusals. The first argument picks a child's
 * part; without one this is the parent, which prints "ok WHAT" per check
 * and returns the number of failures. See
 * test/hypervisor/cli/uni-proc.test.ts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "exo.h"
#include "expect.h"

/* Spawns this program ("proc") with role and arg; the pid or an error. */
static int child(const char *role, const char *arg)
{
    char *argv[] = { "proc", (char *)role, (char *)arg, 0 };
    return spawn("proc", argv);
}

/* Waits for pid; its status, or the negative error. */
static int status_of(int pid)
{
    int status = -1;
    int r = wait_child(pid, &status);
    return r == pid ? status : (r < 0 ? r : -1000);
}

/* A child's part: "ret N" returns N, "exit N" calls _exit(N), "pid" returns
 * its pid, "orphan" spawns a grandchild that outlives it. */
static int child_main(const char *role, const char *arg)
{
    if (strcmp(role, "ret") == 0) {
        return atoi(arg);
    }
    if (strcmp(role, "exit") == 0) {
        printf("child %s exits\n", arg);
        _exit(atoi(arg)); /* what exit() ends in, after atexit and stdio */
    }
    if (strcmp(role, "pid") == 0) {
        return getpid();
    }
    if (strcmp(role, "orphan") == 0) {
        return child("sleep", "20") > 0 ? 0 : 1;
    }
    if (strcmp(role, "sleep") == 0) {
        sleep_ms((unsigned)atoi(arg));
        return 9;
    }
    return 99;
}

/* Two children at once, reaped in the order they end with wait_child(-1). */
static void test_any(void)
{
    int a = child("ret", "3"), b = child("exit", "300");
    int statuses = 0;
    for (int i = 0; i < 2; i++) {
        int status = -1;
        int pid = wait_child(-1, &status);
        statuses += (pid == a && status == 3) || (pid == b && status == (300 & 0xff));
    }
    expect("wait_child(-1) reaps both children: a returned status and exit's status & 0xff", statuses, 2);
    expect("no child left: -EXO_ECHILD", wait_child(-1, 0), -(int)EXO_ECHILD);
}

int main(int argc, char **argv)
{
    if (argc > 2) {
        return child_main(argv[1], argv[2]);
    }
    expect("the boot process is pid 1", getpid(), 1);
    int first = child("ret", "42");
    expect("the first child is pid 2", first, 2);
    expect("wait_child(pid) gives main's return value", status_of(first), 42);
    expect("a reaped child is gone", wait_child(first, 0), -(int)EXO_ECHILD);
    int pid = child("pid", "0");
    expect("a child's getpid is its own pid", status_of(pid), pid & 0xff);
    test_any();
    expect("another program: -EXO_ENOENT", spawn("hello", 0), -(int)EXO_ENOENT);
    int orphaner = child("orphan", "0");
    expect("a child that left a grandchild ends by itself", status_of(orphaner), 0);
    int status = -1;
    expect("the orphan passes to the boot process", wait_child(-1, &status) > orphaner && status == 9, 1);
    expect("wait_child of a pid that is no child: -EXO_ECHILD", wait_child(77, 0), -(int)EXO_ECHILD);
    printf(failures == 0 ? "proc: SUCCESS\n" : "proc: %d failures\n", failures);
    return failures;
}

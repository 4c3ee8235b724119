/*
** stubs.c -- commands that are not built yet say so.
*/
#include "shell.h"

int cmd_check(Opts *o) { errorf(o, "check is not available yet"); return EXIT_FAIL; }

# a rebuild interrupted at random moments by SIGINT, SIGTERM, SIGHUP and kill -9 (twelve times):
# the previous index stays byte-identical or the new one is complete; INT/TERM/HUP exit 128+signal
# with one line and leave no temporary file; after kill -9 the next build removes the stale file
cmd: bash tests/fault/interrupt.sh
stdout:
done

# commands reading the index while it is rebuilt from the same files all succeed with the same
# answer (the old file stays whole until the new one is renamed over it)
cmd: bash tests/fault/readers.sh
stdout:
readers during a rebuild: 0 of them failed or differed

# --depth takes 1 to 3: 0, 4, a word, a sign or nothing are an error (exit 2); so is --dot with --svg
cmd: for d in 0 4 x 2x -1 ''; do lovgraf graph --depth "$d" 'LAB § 6' 2>&1; echo $?; done; lovgraf graph 'LAB § 6' --depth 2>&1; echo $?; lovgraf graph --dot --svg 'LAB § 6' 2>&1; echo $?
stdout:
lovgraf: --depth takes a number from 1 to 3, not '0'
2
lovgraf: --depth takes a number from 1 to 3, not '4'
2
lovgraf: --depth takes a number from 1 to 3, not 'x'
2
lovgraf: --depth takes a number from 1 to 3, not '2x'
2
lovgraf: --depth takes a number from 1 to 3, not '-1'
2
lovgraf: --depth takes a number from 1 to 3, not ''
2
lovgraf: --depth needs a value
2
lovgraf: graph writes one of --dot and --svg, not both
2

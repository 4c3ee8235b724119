# --as-of takes a real date of a year from 1000 to 9999 in digits: year 0000 and a signed year are refused
cmd: for d in 0000-01-01 +202-01-01 2024-1-01 ' 2024-01-1'; do lovgraf --as-of "$d" show 'LAB § 6'; echo "exit $?"; done
stdout:
exit 2
exit 2
exit 2
exit 2
stderr:
--as-of takes a date as YYYY-MM-DD, not '0000-01-01'
--as-of takes a date as YYYY-MM-DD, not '+202-01-01'

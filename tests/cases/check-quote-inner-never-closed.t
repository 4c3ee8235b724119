# a single mark that opens inside a double quotation and is never closed in it (”... for
# ‘overvejende sandsynligt, ... arbejdsmarkedet”, og det er ‘sandsynligheden’ ...): the
# double closing mark closes the outer quotation, which is checked whole, the inner one
# counted as never closed; the later ‘sandsynligheden’ is a quotation of its own (the
# inner one was paired with its closing mark and the outer one lost)
cmd: lovgraf --json check $FIX/check-quote-inner-never-closed.txt | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["documents"][0]["unclosed_quotes"]); [print(x["quote"], "|", x["ref"]) for x in d["results"] if x.get("quote")]'
status: 0
stdout:
1
Kommunen kan forlænge udbetalingen af sygedagpenge ud over perioden i § 24, stk. 1, når det må anses for ‘overvejende sandsynligt, at den sygemeldte inden for 69 uger kan vende tilbage til arbejdsmarkedet | SDP § 27, stk. 1
sandsynligheden | SDP § 27, stk. 1

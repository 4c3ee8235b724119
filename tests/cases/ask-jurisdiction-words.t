# "Danish", "Denmark", "Danmark" and "act" say only whose law is asked about: stop words, not
# concepts that every provision naming Denmark would match
cmd: lovgraf ask --json --limit 1 "What does the Danish Sickness Benefits Act say about sick pay in Denmark?"
contains:
"stopwords":["what","does","the","danish","say","about","in","denmark"]

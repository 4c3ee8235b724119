# a file that does not exist (and is no document's name) is bad input, named in the message
cmd: lovgraf check /nonexistent/answer.txt
status: 2
stderr:
cannot check '/nonexistent/answer.txt': no such file, and no indexed document has that name

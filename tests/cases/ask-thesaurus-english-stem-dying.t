# question understanding, a thesaurus phrase met by its English stem: "dies" is the thesaurus's "dying" (both stem to "die", though "dying" does not begin "di"): a question reads only the thesaurus lines its words may match, and this line is one of them
cmd: lovgraf ask --json --limit 1 "What care does a patient get who dies soon?"
contains:
{"words":"dies","source":"thesaurus","law":["terminalt syg","kort levetid"]

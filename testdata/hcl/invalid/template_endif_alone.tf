a = "yes%{endif}"

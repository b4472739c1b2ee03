tabs	=	"tabs separate tokens"
crlf = "windows line ends"

module github.com/cosmos72/gomacro

go 1.18

require (
	github.com/mattn/go-runewidth v0.0.15
	github.com/peterh/liner v1.2.2
	golang.org/x/tools v0.14.0
)

require (
	github.com/rivo/uniseg v0.2.0 // indirect
	golang.org/x/mod v0.13.0 // indirect
	golang.org/x/sys v0.13.0 // indirect
)

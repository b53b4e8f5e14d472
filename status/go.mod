module github.com/barestatus/barestatus/status

go 1.21

module github.com/barestatus/barestatus

go 1.26.0

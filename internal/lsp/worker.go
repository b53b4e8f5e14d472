package lsp

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// This file holds the analysis worker: directories are scheduled when
// their files open, change or are saved, and analysed one at a time
// when due, so that a burst of changes costs one analysis.

// schedule asks for the packages in dir to be analysed after delay,
// replacing an earlier request: a change postpones a pending analysis,
// but by no more than MaxWait after the first change since the last
// analysis of dir that was published.
func (s *Server) schedule(dir string, delay time.Duration) {
	now := time.Now()
	s.mu.Lock()
	since, ok := s.since[dir]
	if !ok {
		since = now
		s.since[dir] = now
	}
	due := now.Add(delay)
	if latest := since.Add(s.opts.MaxWait); due.After(latest) {
		due = latest
	}
	s.due[dir] = due
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default: // the worker is already due to look
	}
}

// work analyses directories as they fall due, one at a time, until ctx
// is done.
func (s *Server) work(ctx context.Context) {
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		dir, wait := s.next()
		if dir != "" {
			s.analyze(ctx, dir)
			continue
		}
		if wait > 0 {
			timer.Reset(wait)
		}
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		case <-timer.C:
		}
		timer.Stop()
	}
}

// A runningAnalysis is the analysis the worker is doing.
type runningAnalysis struct {
	dir    string
	cancel context.CancelCauseFunc
}

// cancelAnalysis stops the running analysis at its next package or file
// boundary if it is of dir, whose open files are what it publishes:
// they are no longer what it analyses. It must be called with s.mu held.
func (s *Server) cancelAnalysis(dir string, cause error) {
	if s.running != nil && s.running.dir == dir {
		s.running.cancel(cause)
	}
}

// next removes and returns a directory that is due; otherwise it returns
// how long until one is, or 0 if none is waiting.
func (s *Server) next() (string, time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	var first string
	for dir, t := range s.due {
		if first == "" || t.Before(s.due[first]) {
			first = dir
		}
	}
	if first == "" {
		return "", 0
	}
	if wait := s.due[first].Sub(now); wait > 0 {
		return "", wait
	}
	delete(s.due, first)
	return first, 0
}

// analyze analyses the packages in dir with the open documents' current
// text and publishes the findings of each open document in dir that has
// not changed meanwhile (a changed one is due for another analysis).
func (s *Server) analyze(ctx context.Context, dir string) {
	overlay, inDir, tests := s.snapshot(dir)
	if len(inDir) == 0 {
		return // every file here was closed
	}
	actx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	s.mu.Lock()
	s.running = &runningAnalysis{dir: dir, cancel: cancel}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.running = nil
		s.mu.Unlock()
	}()

	r := &run{analyzers: s.analyzers, severity: s.opts.Severity, env: s.opts.Env, overlay: overlay, cache: s.loads}
	start := time.Now()
	byFile, problems, err := r.analyzeDir(actx, dir, tests)
	if ctx.Err() != nil {
		return // shutting down
	}
	if actx.Err() != nil {
		// What changed was scheduled again when it changed.
		s.logf("stopped analysing %s after %v: %v", dir, time.Since(start).Round(time.Millisecond), context.Cause(actx))
		return
	}
	// A change during the analysis would have stopped it, so this
	// analysis reflects every change so far.
	s.mu.Lock()
	delete(s.since, dir)
	s.mu.Unlock()
	if err != nil {
		s.logf("%v", err)
		if byFile == nil {
			problems = []string{err.Error()} // the load failed
		}
	}
	var missed []string // open files that were not analysed
	for path := range inDir {
		if _, ok := byFile[path]; !ok {
			missed = append(missed, filepath.Base(path))
		}
	}
	s.report(dir, missed, problems)
	if byFile == nil {
		return // nothing was analysed; keep what the client shows
	}
	how := ""
	if r.reused {
		how = " (go list's answer reused)"
	}
	s.logf("analysed %s in %v%s", dir, time.Since(start).Round(time.Millisecond), how)
	s.publishFindings(inDir, byFile)
}

// An openDoc is an open document as an analysis saw it.
type openDoc struct {
	doc     *document
	version int32
}

// snapshot returns the open documents' text by path, those of dir with
// their versions, and whether one of those is a test file (test variants
// cost a second type-check of the package). With no document of dir
// open, it forgets dir's pending changes and cached load.
func (s *Server) snapshot(dir string) (overlay map[string][]byte, inDir map[string]openDoc, tests bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	overlay = make(map[string][]byte, len(s.docs))
	for path, doc := range s.docs {
		overlay[path] = doc.text
		if filepath.Dir(path) == dir {
			if inDir == nil {
				inDir = make(map[string]openDoc)
			}
			inDir[path] = openDoc{doc, doc.version}
			tests = tests || strings.HasSuffix(path, "_test.go")
		}
	}
	if len(inDir) == 0 {
		delete(s.since, dir)
		s.loads.drop(dir)
	}
	return overlay, inDir, tests
}

// publishFindings publishes the findings of each document of inDir that
// is still open at the version analysed, in URI order.
func (s *Server) publishFindings(inDir map[string]openDoc, byFile map[string][]finding) {
	var notes []publishDiagnosticsParams
	s.mu.Lock()
	for path, snap := range inDir {
		if s.docs[path] != snap.doc || snap.doc.version != snap.version {
			continue // closed or changed during the analysis
		}
		if _, ok := byFile[path]; !ok {
			continue // not analysed: report has said why, if it is known
		}
		snap.doc.analyzed, snap.doc.findings = true, byFile[path]
		diags := make([]diagnostic, len(byFile[path]))
		for i, f := range byFile[path] {
			diags[i] = f.diag
		}
		version := snap.version
		notes = append(notes, publishDiagnosticsParams{URI: snap.doc.uri, Version: &version, Diagnostics: diags})
	}
	s.mu.Unlock()
	slices.SortFunc(notes, func(a, b publishDiagnosticsParams) int { return strings.Compare(a.URI, b.URI) })
	for _, n := range notes {
		s.publish(n)
	}
}

// report tells the user why open files in dir were not analysed: with
// window/showMessage, once per cause until dir is analysed in full
// again, rather than with each keystroke, and in the log. A problem is
// quoted as the loader put it, such as go list's
// malformed import path "m/sp ace": invalid char ' '.
func (s *Server) report(dir string, missed, problems []string) {
	if len(missed) == 0 || len(problems) == 0 {
		s.mu.Lock()
		delete(s.shown, dir) // a later failure is news again
		s.mu.Unlock()
		return
	}
	slices.Sort(missed)
	var fresh []string
	s.mu.Lock()
	shown := s.shown[dir]
	if shown == nil {
		shown = make(map[string]bool)
		s.shown[dir] = shown
	}
	for _, p := range problems {
		if !shown[p] {
			shown[p] = true
			fresh = append(fresh, p)
		}
	}
	s.mu.Unlock()
	for _, p := range fresh {
		msg := fmt.Sprintf("barestatus-lsp cannot analyse %s: %s", strings.Join(missed, ", "), p)
		s.logf("%s", msg)
		if err := s.conn.notify("window/showMessage", showMessageParams{Type: messageError, Message: msg}); err != nil {
			s.logf("showing a message: %v", err)
		}
	}
}

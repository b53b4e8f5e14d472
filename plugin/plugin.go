// Package plugin registers barestatus as a golangci-lint v2 module
// plugin, under the name barestatus.
//
// A custom golangci-lint binary that imports this package (as
// golangci-lint custom does for each plugin in .custom-gcl.yml) runs the
// analyzer when .golangci.yml enables it:
//
//	version: "2"
//	linters:
//	  enable:
//	    - barestatus
//	  settings:
//	    custom:
//	      barestatus:
//	        type: module
//	        settings:
//	          style: nethttp
//	          allow: [200]
//
// The settings are the analyzer's flags: style, sinks, allow and
// generated. They are decoded strictly: an unknown key or a value of the
// wrong type is an error that names the key, and every value is checked
// by the flag it sets. The analyzer's -nolint flag is always false:
// golangci-lint handles //nolint:barestatus comments itself.
package plugin

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/barestatus/barestatus/analyzer"
)

// Name is the name the plugin is registered under: the key of its
// entry in linters.settings.custom and in linters.enable.
const Name = "barestatus"

func init() { register.Plugin(Name, New) }

// Settings are the plugin's settings, the settings mapping of its entry
// in linters.settings.custom. Each one sets the analyzer flag of the same
// name; a setting that is absent leaves the flag at its default.
type Settings struct {
	// Style is the -style flag: status or nethttp.
	Style string `json:"style"`
	// Sinks are the entries of the -sinks flag, each one pkg.Func:N,
	// (*pkg.T).Method:N, (pkg.T).Method(), pkg.Func() or pkg.T.Field.
	Sinks []string `json:"sinks"`
	// Allow are the codes of the -allow flag, which are never reported.
	Allow []int `json:"allow"`
	// Generated is the -generated flag: also check generated files.
	Generated bool `json:"generated"`
}

// setting describes one key of Settings.
type setting struct {
	want string                            // the expected type, for errors
	flag func(s *Settings) (string, error) // the value of the flag of the same name
}

// settings are the known keys, each with its flag of the same name.
var settings = map[string]setting{
	"style": {
		want: "a string",
		flag: func(s *Settings) (string, error) { return s.Style, nil },
	},
	"sinks": {
		want: "a list of strings",
		flag: func(s *Settings) (string, error) {
			for _, sink := range s.Sinks {
				if strings.Contains(sink, ",") {
					// The flag splits at commas, so one entry would become two.
					return "", fmt.Errorf("sink %q contains a comma", sink)
				}
			}
			return strings.Join(s.Sinks, ","), nil
		},
	},
	"allow": {
		want: "a list of integers",
		flag: func(s *Settings) (string, error) {
			codes := make([]string, len(s.Allow))
			for i, code := range s.Allow {
				codes[i] = strconv.Itoa(code)
			}
			return strings.Join(codes, ","), nil
		},
	},
	"generated": {
		want: "a boolean",
		flag: func(s *Settings) (string, error) { return strconv.FormatBool(s.Generated), nil },
	},
}

// New returns the plugin for the raw settings golangci-lint read from its
// configuration (nil when there are none). It fails if a setting is
// unknown, has the wrong type, or is rejected by the analyzer's flag.
func New(conf any) (register.LinterPlugin, error) {
	a, err := newAnalyzer(conf)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Name, err)
	}
	return plugin{a}, nil
}

// newAnalyzer decodes the raw settings and returns a fresh analyzer whose
// flags they set.
func newAnalyzer(conf any) (*analysis.Analyzer, error) {
	s, keys, err := decode(conf)
	if err != nil {
		return nil, err
	}
	var errs []error
	a := analyzer.New()
	// golangci-lint applies //nolint:barestatus itself, and its nolintlint
	// reports a directive that silenced nothing: leave it the directives.
	if err := a.Flags.Set("nolint", "false"); err != nil {
		return nil, err
	}
	for _, key := range keys {
		value, err := settings[key].flag(&s)
		if err == nil {
			err = a.Flags.Set(key, value)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("setting %q: %v", key, err))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return a, nil
}

// decode decodes the raw settings with register.DecodeSettings and
// returns them with their keys, sorted. The library matches keys without
// regard to case and stops at its first error, so decode passes it only
// the keys that are exactly those of settings, and when a value does not
// decode, decodes each one alone to name every setting at fault, in key
// order along with the unknown keys.
func decode(conf any) (Settings, []string, error) {
	raw, err := rawSettings(conf)
	if err != nil {
		return Settings{}, nil, err
	}
	keys := slices.Sorted(maps.Keys(raw))
	known := make(map[string]json.RawMessage, len(raw))
	for key, value := range raw {
		if _, ok := settings[key]; ok {
			known[key] = value
		}
	}
	s, decodeErr := register.DecodeSettings[Settings](known)
	var errs []error
	for _, key := range keys {
		if _, ok := known[key]; !ok {
			errs = append(errs, fmt.Errorf("unknown setting %q (known settings: %s)",
				key, strings.Join(slices.Sorted(maps.Keys(settings)), ", ")))
			continue
		}
		if decodeErr == nil {
			continue
		}
		one := map[string]json.RawMessage{key: raw[key]}
		if _, err := register.DecodeSettings[Settings](one); err != nil {
			errs = append(errs, fmt.Errorf("setting %q: want %s, got %s", key, settings[key].want, raw[key]))
		}
	}
	if len(errs) == 0 && decodeErr != nil {
		errs = append(errs, fmt.Errorf("settings: %v", decodeErr))
	}
	if len(errs) > 0 {
		return Settings{}, nil, errors.Join(errs...)
	}
	return s, keys, nil
}

// rawSettings returns the settings as JSON values by key. golangci-lint
// passes them as decoded YAML: nil, or a map from string keys to values.
func rawSettings(conf any) (map[string]json.RawMessage, error) {
	raw := make(map[string]json.RawMessage)
	if conf == nil {
		return raw, nil
	}
	data, err := json.Marshal(conf)
	if err != nil {
		return nil, fmt.Errorf("settings: %v", err)
	}
	if err := json.Unmarshal(data, &raw); err != nil || raw == nil {
		return nil, fmt.Errorf("settings: want a mapping of setting names to values, got %s", data)
	}
	return raw, nil
}

// plugin is the register.LinterPlugin of one configured analyzer.
type plugin struct {
	analyzer *analysis.Analyzer
}

// BuildAnalyzers returns the configured barestatus analyzer.
func (p plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{p.analyzer}, nil
}

// GetLoadMode reports that the analyzer needs type information: it
// matches status code positions by type, not by name.
func (p plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

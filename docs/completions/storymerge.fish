function __storymerge_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __storymerge_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __storymerge_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __storymerge_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __storymerge_parse_tokens -S
    set -l unparsed_tokens (__storymerge_tokens -pc)
    switch $unparsed_tokens[1]
    case 'storymerge'
        __storymerge_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'cluster'
            __storymerge_parse_subcommand -r 1 'max-file-size=' 'max-items-per-file=' 'j/threads=' 'v/verbose' 'q/quiet' 'threshold=' 'near-duplicate-threshold=' 'date-window=' 'shingle-size=' 'fusion-threshold=' 'clustering-config=' 'format=' 'explain=+' 'version' 'h/help'
        case 'merge'
            __storymerge_parse_subcommand -r 1 'max-file-size=' 'max-items-per-file=' 'j/threads=' 'v/verbose' 'q/quiet' 'threshold=' 'near-duplicate-threshold=' 'date-window=' 'shingle-size=' 'fusion-threshold=' 'clustering-config=' 'o/output=' 'format=' 'version' 'h/help'
        case 'diff'
            __storymerge_parse_subcommand -r 1 'max-file-size=' 'max-items-per-file=' 'j/threads=' 'v/verbose' 'q/quiet' 'threshold=' 'near-duplicate-threshold=' 'date-window=' 'shingle-size=' 'fusion-threshold=' 'clustering-config=' 'source=+' 'group=+' 'format=' 'o/output=' 'version' 'h/help'
        case 'evaluate'
            __storymerge_parse_subcommand -r 1 'max-file-size=' 'max-items-per-file=' 'j/threads=' 'v/verbose' 'q/quiet' 'threshold=' 'near-duplicate-threshold=' 'date-window=' 'shingle-size=' 'fusion-threshold=' 'clustering-config=' 'labels=' 'worst=' 'format=' 'predictions=' 'version' 'h/help'
        case 'extract'
            __storymerge_parse_subcommand -r 1 'max-file-size=' 'max-items-per-file=' 'j/threads=' 'v/verbose' 'q/quiet' 'format=' 'explain' 'version' 'h/help'
        case 'help'
            __storymerge_parse_subcommand -r 1 'version'
        end
    end
end

function __storymerge_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __storymerge_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __storymerge_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __storymerge_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__storymerge_tokens -p)
    if test -z "$(__storymerge_tokens -t)"
        set -l index (count (__storymerge_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'storymerge' -f
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge" version' -l 'version' -d 'Show the version.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_positional "storymerge" -eq 1' -fa 'cluster' -d 'Group articles into events, with near-duplicates (wire copies) marked.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_positional "storymerge" -eq 1' -fa 'merge' -d 'Merge each event into one story in which every sentence, quote and number names its sources.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_positional "storymerge" -eq 1' -fa 'diff' -d 'Compare two articles (shared facts, only in A, only in B, conflicts), or two outlets\' coverage.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_positional "storymerge" -eq 1' -fa 'evaluate' -d 'Cluster a folder and score the clusters against gold labels (BCubed and pairwise P/R/F1).'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_positional "storymerge" -eq 1' -fa 'extract' -d 'Show what StoryMerge reads from each input: title, outlet, date, authors, URL, language and the cleaned body.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_positional "storymerge" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge cluster" max-file-size' -l 'max-file-size' -d 'Skip inputs larger than this many megabytes.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge cluster" max-items-per-file' -l 'max-items-per-file' -d 'Read at most this many articles from one feed, JSON Lines or WARC file; the rest are listed as skipped.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge cluster" j threads' -s 'j' -l 'threads' -d 'Use this many threads (default: one per core). Output is the same for any number.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge cluster" v verbose' -l 'verbose' -s 'v' -d 'List every skipped input and the reason on standard error.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge cluster" q quiet' -l 'quiet' -s 'q' -d 'Print nothing on standard error but errors.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge cluster" threshold' -l 'threshold' -d 'Similarity at or above which two articles cover the same event (0–1).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge cluster" near-duplicate-threshold' -l 'near-duplicate-threshold' -d 'Estimated shingle Jaccard at or above which two articles are near-duplicates (0–1).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge cluster" date-window' -l 'date-window' -d 'Within this many days, publication dates do not lower similarity; beyond it, similarity halves every 10 days, down to 0.4 (dateHalfLifeDays in --clustering-config; 0 there makes the window a hard limit).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge cluster" shingle-size' -l 'shingle-size' -d 'Words per shingle for near-duplicate detection.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge cluster" fusion-threshold' -l 'fusion-threshold' -d 'Sentence similarity at or above which sentences of different articles are fused (0–1).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge cluster" clustering-config' -l 'clustering-config' -d 'A JSON file of clustering parameters (any keys of ClusteringConfiguration, e.g. {"numberBoost": 2}); flags above override it.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge cluster" format' -l 'format' -d 'Output format: a table for people, or JSON.' -rfka 'table json'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge cluster"' -l 'explain' -d 'Explain why two articles were or were not put in the same event (ids, paths or file names): shared names and terms, dates, score against the threshold.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge cluster" version' -l 'version' -d 'Show the version.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge cluster" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge merge" max-file-size' -l 'max-file-size' -d 'Skip inputs larger than this many megabytes.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge merge" max-items-per-file' -l 'max-items-per-file' -d 'Read at most this many articles from one feed, JSON Lines or WARC file; the rest are listed as skipped.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge merge" j threads' -s 'j' -l 'threads' -d 'Use this many threads (default: one per core). Output is the same for any number.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge merge" v verbose' -l 'verbose' -s 'v' -d 'List every skipped input and the reason on standard error.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge merge" q quiet' -l 'quiet' -s 'q' -d 'Print nothing on standard error but errors.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge merge" threshold' -l 'threshold' -d 'Similarity at or above which two articles cover the same event (0–1).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge merge" near-duplicate-threshold' -l 'near-duplicate-threshold' -d 'Estimated shingle Jaccard at or above which two articles are near-duplicates (0–1).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge merge" date-window' -l 'date-window' -d 'Within this many days, publication dates do not lower similarity; beyond it, similarity halves every 10 days, down to 0.4 (dateHalfLifeDays in --clustering-config; 0 there makes the window a hard limit).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge merge" shingle-size' -l 'shingle-size' -d 'Words per shingle for near-duplicate detection.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge merge" fusion-threshold' -l 'fusion-threshold' -d 'Sentence similarity at or above which sentences of different articles are fused (0–1).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge merge" clustering-config' -l 'clustering-config' -d 'A JSON file of clustering parameters (any keys of ClusteringConfiguration, e.g. {"numberBoost": 2}); flags above override it.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge merge" o output' -l 'output' -s 'o' -d 'The folder to write the report into (created when missing).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge merge" format' -l 'format' -d 'Report format.' -rfka 'markdown html json'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge merge" version' -l 'version' -d 'Show the version.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge merge" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff" max-file-size' -l 'max-file-size' -d 'Skip inputs larger than this many megabytes.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff" max-items-per-file' -l 'max-items-per-file' -d 'Read at most this many articles from one feed, JSON Lines or WARC file; the rest are listed as skipped.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff" j threads' -s 'j' -l 'threads' -d 'Use this many threads (default: one per core). Output is the same for any number.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff" v verbose' -l 'verbose' -s 'v' -d 'List every skipped input and the reason on standard error.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff" q quiet' -l 'quiet' -s 'q' -d 'Print nothing on standard error but errors.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff" threshold' -l 'threshold' -d 'Similarity at or above which two articles cover the same event (0–1).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff" near-duplicate-threshold' -l 'near-duplicate-threshold' -d 'Estimated shingle Jaccard at or above which two articles are near-duplicates (0–1).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff" date-window' -l 'date-window' -d 'Within this many days, publication dates do not lower similarity; beyond it, similarity halves every 10 days, down to 0.4 (dateHalfLifeDays in --clustering-config; 0 there makes the window a hard limit).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff" shingle-size' -l 'shingle-size' -d 'Words per shingle for near-duplicate detection.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff" fusion-threshold' -l 'fusion-threshold' -d 'Sentence similarity at or above which sentences of different articles are fused (0–1).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff" clustering-config' -l 'clustering-config' -d 'A JSON file of clustering parameters (any keys of ClusteringConfiguration, e.g. {"numberBoost": 2}); flags above override it.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff"' -l 'source' -d 'An outlet to compare (give two).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff"' -l 'group' -d 'A named group of outlets to compare (give two): NAME=OUTLET,OUTLET…' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff" format' -l 'format' -d 'Output format.' -rfka 'text markdown html json'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff" o output' -l 'output' -s 'o' -d 'Write to this file instead of standard output.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff" version' -l 'version' -d 'Show the version.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge diff" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" max-file-size' -l 'max-file-size' -d 'Skip inputs larger than this many megabytes.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" max-items-per-file' -l 'max-items-per-file' -d 'Read at most this many articles from one feed, JSON Lines or WARC file; the rest are listed as skipped.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" j threads' -s 'j' -l 'threads' -d 'Use this many threads (default: one per core). Output is the same for any number.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" v verbose' -l 'verbose' -s 'v' -d 'List every skipped input and the reason on standard error.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" q quiet' -l 'quiet' -s 'q' -d 'Print nothing on standard error but errors.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" threshold' -l 'threshold' -d 'Similarity at or above which two articles cover the same event (0–1).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" near-duplicate-threshold' -l 'near-duplicate-threshold' -d 'Estimated shingle Jaccard at or above which two articles are near-duplicates (0–1).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" date-window' -l 'date-window' -d 'Within this many days, publication dates do not lower similarity; beyond it, similarity halves every 10 days, down to 0.4 (dateHalfLifeDays in --clustering-config; 0 there makes the window a hard limit).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" shingle-size' -l 'shingle-size' -d 'Words per shingle for near-duplicate detection.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" fusion-threshold' -l 'fusion-threshold' -d 'Sentence similarity at or above which sentences of different articles are fused (0–1).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" clustering-config' -l 'clustering-config' -d 'A JSON file of clustering parameters (any keys of ClusteringConfiguration, e.g. {"numberBoost": 2}); flags above override it.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" labels' -l 'labels' -d 'The gold labels: file<TAB>cluster_id lines after a header.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" worst' -l 'worst' -d 'How many of the worst merges and splits to list.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" format' -l 'format' -d 'Output format.' -rfka 'text json'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" predictions' -l 'predictions' -d 'Also write the predicted clusters as a JSON list of lists of file names, each duplicate file beside its original (the input of score_clusters.py).' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" version' -l 'version' -d 'Show the version.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge evaluate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge extract" max-file-size' -l 'max-file-size' -d 'Skip inputs larger than this many megabytes.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge extract" max-items-per-file' -l 'max-items-per-file' -d 'Read at most this many articles from one feed, JSON Lines or WARC file; the rest are listed as skipped.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge extract" j threads' -s 'j' -l 'threads' -d 'Use this many threads (default: one per core). Output is the same for any number.' -rfka ''
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge extract" v verbose' -l 'verbose' -s 'v' -d 'List every skipped input and the reason on standard error.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge extract" q quiet' -l 'quiet' -s 'q' -d 'Print nothing on standard error but errors.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge extract" format' -l 'format' -d 'Output format: text, jsonl (one JSON object per article), json-object (keyed by file name without extension).' -rfka 'text jsonl json-object'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge extract" explain' -l 'explain' -d 'Name the rule that produced each field.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge extract" version' -l 'version' -d 'Show the version.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge extract" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'storymerge' -n '__storymerge_should_offer_completions_for_flags_or_options "storymerge help" version' -l 'version' -d 'Show the version.'

/// The English stop words: function words that say nothing about which event an article covers.
///
/// Kept in `NormalizedArticle.words` (shingles need them) but removed from `Sentence.terms`.
/// Contractions appear without the apostrophe, as the tokenizer produces them (`dont`).
package enum StopWords {
    /// Whether a folded word is a stop word.
    package static func contains(_ word: some StringProtocol) -> Bool { table.contains(word) }

    /// Whether the folded word spelled by `bytes` is a stop word (no `String` is built).
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { table.contains(bytes) }

    /// The list as a set.
    package static let set = Set(list)

    /// The list, packed for lookups by bytes (`contains`).
    static let table = ShortWordSet(list)

    /// The list, folded and without apostrophes.
    package static let list: [String] = [
        "a", "about", "above", "according", "across", "after", "afterwards", "again", "against", "ago",
        "all", "almost", "alone", "along", "already", "also", "although", "always", "am", "among",
        "amongst", "an", "and", "another", "any", "anybody", "anyhow", "anyone", "anything", "anyway",
        "anywhere", "are", "arent", "around", "as", "ask", "asked", "at", "back", "be", "became",
        "because", "become", "becomes", "becoming", "been", "before", "beforehand", "behind", "being",
        "below", "beside", "besides", "between", "beyond", "both", "but", "by", "can", "cannot",
        "cant", "could", "couldn", "couldnt", "d", "did", "didn", "didnt", "do", "does", "doesn",
        "doesnt", "doing", "don", "done", "dont", "down", "during", "each", "either", "else",
        "elsewhere", "enough", "etc", "even", "ever", "every", "everybody", "everyone", "everything",
        "everywhere", "except", "few", "for", "former", "formerly", "from", "further", "get", "gets",
        "go", "goes", "going", "gone", "got", "had", "hadn", "hadnt", "has", "hasn", "hasnt", "have",
        "haven", "havent", "having", "he", "hed", "hell", "hence", "her", "here", "hereafter",
        "hereby", "herein", "heres", "hers", "herself", "hes", "him", "himself", "his", "how",
        "however", "hows", "i", "id", "if", "ill", "im", "in", "indeed", "instead", "into", "is",
        "isn", "isnt", "it", "its", "itself", "ive", "just", "least", "less", "let", "lets", "like",
        "ll", "m", "made", "make", "many", "may", "maybe", "me", "meanwhile", "might", "mine", "more",
        "moreover", "most", "mostly", "much", "must", "mustnt", "my", "myself", "namely", "neither",
        "never", "nevertheless", "next", "no", "nobody", "none", "noone", "nor", "not", "nothing",
        "now", "nowhere", "of", "off", "often", "on", "once", "ones", "only", "onto", "or", "other",
        "others", "otherwise", "ought", "our", "ours", "ourselves", "out", "over", "own", "per",
        "perhaps", "please", "put", "quite", "rather", "re", "really", "s", "said", "same", "say",
        "says", "see", "seem", "seemed", "seeming", "seems", "several", "shall", "shant", "she",
        "shed", "shell", "shes", "should", "shouldn", "shouldnt", "since", "so", "some", "somebody",
        "somehow", "someone", "something", "sometime", "sometimes", "somewhere", "still", "such", "t",
        "tell", "tells", "than", "that", "thats", "the", "their", "theirs", "them", "themselves",
        "then", "thence", "there", "thereafter", "thereby", "therefore", "therein", "theres",
        "thereupon", "these", "they", "theyd", "theyll", "theyre", "theyve", "this", "those", "though",
        "through", "throughout", "thru", "thus", "to", "together", "told", "too", "toward", "towards",
        "under", "unless", "until", "up", "upon", "us", "ve", "very", "via", "was", "wasn", "wasnt",
        "we", "wed", "well", "were", "weren", "werent", "weve", "what", "whatever", "whats", "when",
        "whence", "whenever", "whens", "where", "whereafter", "whereas", "whereby", "wherein",
        "wheres", "whereupon", "wherever", "whether", "which", "while", "whither", "who", "whoever",
        "whole", "whom", "whos", "whose", "why", "whys", "will", "with", "within", "without", "won",
        "wont", "would", "wouldn", "wouldnt", "yet", "you", "youd", "youll", "your", "youre", "yours",
        "yourself", "yourselves", "youve"
    ]
}

/// Common English verbs in all their forms, so that a phrase finder can tell where a noun phrase ends.
enum VerbLexicon {
  /// Base forms of common verbs of reports, articles and fact sheets.
  private static let bases: [String] = [
    "accept", "accomplish", "allocate", "abolish", "accede", "administer", "affirm", "appropriate", "approve",
    "assign", "calculate", "certify", "cite", "clarify", "collect", "commemorate", "compel", "compensate",
    "conserve", "consult", "convert", "criticize", "criticise", "curb", "decrease", "dedicate", "demolish",
    "designate", "detect", "dispute", "distribute", "divide", "document", "double", "drop", "educate", "emit",
    "estimate", "evacuate", "examine", "exclude", "exempt", "expire", "facilitate", "fund", "halt", "harmonize",
    "harmonise", "inaugurate", "incorporate", "integrate", "intend", "interpret", "investigate", "isolate",
    "measure", "merge", "migrate", "mitigate", "modify", "notify", "nominate", "observe", "outline", "persuade",
    "postpone", "predict", "preside", "proceed", "process", "protest", "qualify", "reaffirm", "rebuild", "recall",
    "recover", "reform", "reinforce", "rejoin", "relocate", "renounce", "repeal", "replenish", "resign",
    "restructure", "revise", "revoke", "sanction", "schedule", "secure", "select", "shift",
    "simplify", "specify", "split", "sponsor", "stabilize", "stabilise", "standardize", "stipulate",
    "subsidize", "summarize", "supervise", "surrender", "survey", "tackle", "target", "tighten", "trigger",
    "unify", "upgrade", "uphold", "utilize", "vary", "veto", "waive", "widen", "achieve", "acknowledge", "act", "add",
    "address", "adopt", "advance", "affect",
    "agree", "aim", "allow", "amend", "announce", "appear", "apply", "appoint", "approve", "argue", "arise",
    "arrange", "ask", "assert", "assess", "assist", "assume", "attack", "attempt", "attend", "authorize",
    "authorise", "avoid", "ban", "base", "become", "begin", "believe", "belong", "benefit", "bind", "block",
    "boost", "break", "bring", "build", "call", "carry", "cause", "cease", "change", "choose", "claim", "close",
    "collapse", "combine", "come", "commit", "compare", "compete", "complete", "comply", "concern", "conclude",
    "condemn", "conduct", "confirm", "consider", "consist", "constitute", "contain", "continue", "contribute",
    "control", "convene", "cooperate", "coordinate", "cover", "create", "cut", "deal", "debate", "decide",
    "declare", "decline", "define", "defend", "delegate", "deliver", "demand", "demonstrate", "denounce", "deny",
    "deploy", "describe", "design", "destroy", "determine", "develop", "die", "discuss", "dismantle", "dissolve",
    "draft", "draw", "drive", "earn", "elect", "eliminate", "emerge", "employ", "enable", "encourage", "end",
    "endorse", "enforce", "engage", "enhance", "ensure", "enter", "entrust", "envisage", "envision",
    "establish", "evaluate", "exceed", "exist", "expand", "expect", "explain", "export", "express", "extend",
    "face", "fail", "fall", "favor", "favour", "feel", "fight", "finance", "find", "focus", "follow", "forbid",
    "force", "form", "found", "foster", "fund", "gain", "get", "give", "go", "govern", "grant", "grow",
    "guarantee", "handle", "happen", "help", "hold", "host", "identify", "implement", "import", "impose",
    "improve", "include", "increase", "indicate", "influence", "inform", "initiate", "insist", "inspect",
    "introduce", "invade", "invest", "invite", "involve", "issue", "join", "keep", "know", "launch", "lead",
    "leave", "let", "lie", "limit", "link", "live", "lose", "maintain", "make", "manage", "mark", "mean",
    "meet", "mention", "monitor", "move", "name", "need", "negotiate", "note", "obtain", "occupy", "occur",
    "offer", "open", "operate", "oppose", "order", "organize", "organise", "oversee", "own", "participate",
    "pass", "pay", "permit", "place", "plan", "play", "pledge", "possess", "prefer", "prepare", "present",
    "preserve", "prevent", "proclaim", "produce", "prohibit", "promise", "promote", "propose", "protect",
    "prove", "provide", "publish", "pursue", "put", "raise", "ratify", "reach", "receive", "recognize",
    "recognise", "recommend", "reduce", "refer", "reflect", "refuse", "regard", "regulate", "reject", "relate",
    "release", "rely", "remain", "remove", "renew", "replace", "report", "represent", "request", "require",
    "resolve", "respect", "respond", "restore", "restrict", "result", "retain", "return", "reveal", "review",
    "rise", "rule", "run", "say", "see", "seek", "seem", "sell", "send", "serve", "set", "settle", "share",
    "show", "sign", "speak", "spend", "stand", "start", "state", "stay", "stop", "strengthen", "stress",
    "submit", "succeed", "suggest", "supply", "support", "suspend", "sustain", "take", "tell", "tend",
    "terminate", "test", "think", "threaten", "track", "trade", "train", "transfer", "try", "turn", "undergo",
    "understand", "undertake", "unite", "urge", "use", "verify", "view", "violate", "vote", "want", "warn",
    "welcome", "win", "withdraw", "work", "write", "yield",
  ]

  /// Irregular past forms and participles.
  private static let irregular: [String] = [
    "arose", "arisen", "became", "began", "begun", "bound", "broke", "broken", "brought", "built", "came",
    "chose", "chosen", "dealt", "drew", "drawn", "drove", "driven", "fell", "fallen", "felt", "fought", "found",
    "forbade", "forbidden", "gave", "given", "got", "gotten", "went", "gone", "grew", "grown", "held", "kept",
    "knew", "known", "led", "left", "lay", "lain", "lost", "made", "meant", "met", "paid", "rose", "risen", "ran",
    "said", "saw", "seen", "sought", "sold", "sent", "showed", "shown", "spoke", "spoken", "spent", "stood",
    "took", "taken", "told", "thought", "understood", "underwent", "undergone", "undertook", "undertaken",
    "won", "withdrew", "withdrawn", "wrote", "written", "overseen", "oversaw",
  ]

  /// Every form of every listed verb.
  static let forms: Set<String> = {
    var result = Set(irregular)
    for base in bases {
      result.insert(base)
      result.formUnion(inflections(of: base))
    }
    return result
  }()

  /// Third person, past and -ing forms of a regular verb.
  private static func inflections(of base: String) -> [String] {
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    guard let last = base.last else { return [] }
    let stem = String(base.dropLast())
    if last == "e" {
      return [base + "s", base + "d", stem + "ing"]
    }
    if last == "y", let previous = stem.last, !vowels.contains(previous) {
      return [stem + "ies", stem + "ied", base + "ing"]
    }
    var forms = [base + "ed", base + "ing"]
    if ["s", "x", "z", "h"].contains(last) {
      forms.append(base + "es")
    } else {
      forms.append(base + "s")
    }
    // Short verbs ending consonant-vowel-consonant double their last letter (ban, banned).
    let chars = Array(base)
    if chars.count >= 3, !vowels.contains(last), last != "w", last != "x", last != "y",
      vowels.contains(chars[chars.count - 2]), !vowels.contains(chars[chars.count - 3])
    {
      forms.append(base + String(last) + "ed")
      forms.append(base + String(last) + "ing")
    }
    return forms
  }

  /// Whether `word` is the bare base form of a listed verb ("process", not "processes").
  static func isBaseForm(_ word: String) -> Bool { baseSet.contains(word) }

  private static let baseSet = Set(bases)

  /// Whether `word` (lower-cased) is a known verb form.
  static func isVerb(_ word: String) -> Bool { forms.contains(word) }
}

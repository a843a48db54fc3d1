extension DocumentAnalysis {
  /// Every fact that is not a phrase, an action or the main subject joins the pool of its kind,
  /// in document order, for the options of multiple-choice cards.
  mutating func collectOptions() {
    for index in clauses.indices {
      for fact in clauses[index].facts where fact.kind != .phrase && fact.kind != .action {
        if !subject.contains(fact.folded) { options.add(fact.text, folded: fact.folded, kind: fact.kind) }
      }
    }
  }
}

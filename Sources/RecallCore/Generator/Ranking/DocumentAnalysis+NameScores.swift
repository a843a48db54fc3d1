extension DocumentAnalysis {
  /// Names met in many sentences, or naming the section they stand in, say little: lower them.
  mutating func adjustNameScores(_ counts: [String: (total: Int, clauses: Int)]) {
    // Clauses under one heading follow each other: fold each heading once.
    var lastTopic: String?
    var foldedTopic: String?
    for index in clauses.indices where clauses[index].facts.contains(where: { $0.kind.isName }) {
      let topic = clauses[index].topic
      // Compared byte by byte: a differently spelled equal heading is folded on its own.
      let sameTopic =
        topic.map { ($0.utf8.elementsEqual(lastTopic?.utf8 ?? "".utf8)) && lastTopic != nil } ?? (lastTopic == nil)
      if !sameTopic {
        lastTopic = topic
        foldedTopic = topic.map(TextNormalizer.fold)
      }
      // Take the facts out while changing them, so that they are not copied.
      var facts = clauses[index].facts
      clauses[index].facts = []
      for factIndex in facts.indices where facts[factIndex].kind.isName {
        let key = facts[factIndex].folded
        if (counts[key]?.clauses ?? 0) >= ScoreWeights.frequentNameClauses {
          facts[factIndex].score += ScoreWeights.frequentName
        }
        if key == foldedTopic { facts[factIndex].score += ScoreWeights.headingName }
      }
      clauses[index].facts = facts
    }
  }
}

extension TextStyle {
  /// `text` in entry `colour` of the 256-colour palette when colours are on; plain otherwise.
  public func paint(_ text: String, _ colour: Int) -> String {
    text.isEmpty ? text : apply("38;5;\(colour)", text)
  }
}

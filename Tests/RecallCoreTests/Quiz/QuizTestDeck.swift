import RecallCore

/// A deck with answers of every kind, for quiz tests.
enum QuizTestDeck {
  static let text = """
    # Quiz test deck

    ## Dates

    Q: In which year did Kazakhstan become independent?
    A: 1991
    id: year-independence

    Q: In which year was the London Conference on Afghanistan held?
    A: 2006
    id: year-london

    Q: In which year was CICA first proposed?
    A: 1992
    id: year-cica

    Q: In which year was the Semipalatinsk test site closed?
    A: 1991
    id: year-semipalatinsk

    C: The OSCE summit in Astana took place in [2010|year].
    id: year-osce-summit

    Q: When was the Astana declaration signed?
    A: 2 December 2010
    id: date-declaration

    ## Numbers

    C: Kazakhstan sent a unit of [30|number] military engineers to Iraq.
    id: num-engineers

    Q: How many member states does the United Nations have?
    A: 193
    id: num-un-members

    Q: How many countries make up Central Asia?
    A: five
    Also: 5
    id: num-central-asia

    Q: What share of the world's uranium does Kazakhstan mine?
    A: 40%
    id: pct-uranium

    Q: What share of Kazakhstan's land is steppe?
    A: 26%
    id: pct-steppe

    ## Organisations

    Q: Which organisation did Kazakhstan chair in 2010?
    A: Organization for Security and Co-operation in Europe
    Also: OSCE
    id: org-osce

    Q: Which body keeps international peace and security?
    A: United Nations Security Council
    id: org-unsc

    Q: Which organisation did Kazakhstan propose at the UN in 1992?
    A: Conference on Interaction and Confidence-Building Measures in Asia
    Also: CICA
    id: org-cica

    Q: Which organisation groups China, Russia and Central Asian states?
    A: Shanghai Cooperation Organisation
    Also: SCO
    id: org-sco

    Q: Which alliance runs the mission in Afghanistan?
    A: NATO
    id: org-nato

    ## Places

    Q: What is the capital of Kazakhstan?
    A: Astana
    Also: Nur-Sultan; Akmola
    id: place-capital

    Q: What is the capital of Kazakhstan?
    A: Nur-Sultan
    id: place-capital-old

    Q: Which country did Kazakhstan send engineers to?
    A: Iraq
    id: place-iraq

    Q: Which country's reconstruction did the London Compact support?
    A: Afghanistan
    id: place-afghanistan

    Q: Where is the Baikonur cosmodrome?
    A: Kazakhstan
    id: place-baikonur

    Q: Which city hosts the UN's European headquarters?
    A: Geneva
    id: place-geneva

    ## People

    Q: Who was the first President of Kazakhstan?
    A: Nursultan Nazarbayev
    id: person-nazarbayev

    Q: Who was UN Secretary-General in 2006?
    A: Kofi Annan
    id: person-annan

    Q: Who succeeded Kofi Annan?
    A: Ban Ki-moon
    id: person-ban

    Q: Who founded the Red Cross?
    A: Henry Dunant
    id: person-dunant

    ## Threats

    L: Name the three ends joint efforts should ensure for Iraq (3, in order).
    1. Independence
    2. Territorial integrity
    3. Sovereignty
    id: list-iraq-ends

    L: Name two new threats.
    - International terrorism
    - Drug trafficking
    id: list-threats

    Q: Which threat grows with the drug trade?
    A: Organised crime
    id: phrase-crime

    Q: What does Kazakhstan call for in the Middle East?
    A: A peaceful settlement
    id: phrase-settlement

    Q: What must Iran's nuclear programme remain?
    A: Peaceful and transparent
    id: phrase-iran

    M: Which treaty created a nuclear-weapon-free zone in Central Asia?
    - [x] Semipalatinsk Treaty
    - [ ] Treaty of Tlatelolco
    - [ ] Treaty of Rarotonga
    - [ ] Pelindaba Treaty
    id: mcq-treaty
    """

  static var deck: Deck {
    DeckParser.parse(text: text, origin: "quiz-test.md").deck ?? Deck(title: "empty")
  }
}

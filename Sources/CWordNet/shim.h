#ifndef RECALL_CWORDNET_SHIM_H
#define RECALL_CWORDNET_SHIM_H

#include <wn.h>

/* WordNet 3.0 (RecallLexicon/WordNetLexicon.swift): the constants Swift cannot import as macros
   with casts, and the pointer kind of an instance's class. */
static const int recall_wordnet_noun = NOUN;
static const int recall_wordnet_verb = VERB;
static const int recall_wordnet_adjective = ADJ;
static const int recall_wordnet_adverb = ADV;
static const int recall_wordnet_hypernym = HYPERPTR;
static const int recall_wordnet_instance = INSTANCE;
static const int recall_wordnet_all_senses = ALLSENSES;

#endif

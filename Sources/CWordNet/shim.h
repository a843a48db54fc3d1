#ifndef RECALL_CWORDNET_SHIM_H
#define RECALL_CWORDNET_SHIM_H

#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
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

/* The library's look-ups are binary searches that seek and read a line per step; on a stdio
   stream over a file each step is two system calls. A stream over the file's bytes mapped in
   memory answers the same reads from memory: the same code, the same answers. The file is left
   as it is when any step fails. */
static inline FILE *recall_wordnet_stream_in_memory(FILE *file) {
  if (file == NULL) return NULL;
  struct stat info;
  int descriptor = fileno(file);
  if (descriptor < 0 || fstat(descriptor, &info) != 0 || info.st_size <= 0) return file;
  size_t size = (size_t)info.st_size;
  void *bytes = mmap(NULL, size, PROT_READ, MAP_PRIVATE, descriptor, 0);
  if (bytes == MAP_FAILED) return file;
  FILE *memory = fmemopen(bytes, size, "r");
  if (memory == NULL) {
    munmap(bytes, size);
    return file;
  }
  fclose(file);
  return memory;
}

/* Every index and data file the library opened (`wninit`), read from memory from now on. The
   exception lists stay files: the library keeps them out of reach. */
static inline void recall_wordnet_read_from_memory(void) {
  for (int pos = 1; pos <= NUMPARTS; pos++) {
    indexfps[pos] = recall_wordnet_stream_in_memory(indexfps[pos]);
    datafps[pos] = recall_wordnet_stream_in_memory(datafps[pos]);
  }
}

/* The folder the library reads its files from (`WNSEARCHDIR`, `WNHOME` or the default). */
static inline const char *recall_wordnet_directory(void) { return SetSearchdir(); }

#endif

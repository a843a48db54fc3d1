#ifndef RECALL_CREADLINE_SHIM_H
#define RECALL_CREADLINE_SHIM_H

#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Line input (RecallTerminal/Input/Readline.swift): readline's globals, set through functions so
   that Swift 6 does not see shared mutable state. */
static inline void recall_input_set_catch_signals(int on) { rl_catch_signals = on; }
static inline void recall_input_set_readline_name(const char *name) { rl_readline_name = name; }
static inline void recall_input_set_completer(rl_completion_func_t *completer) {
  rl_attempted_completion_function = completer;
}
static inline void recall_input_set_completion_over(int over) { rl_attempted_completion_over = over; }
static inline const char *recall_input_line_buffer(void) { return rl_line_buffer; }
static inline int recall_input_point(void) { return rl_point; }
static inline void recall_input_set_completion_append_character(int c) { rl_completion_append_character = c; }
static inline int recall_input_history_length(void) { return history_length; }

#endif

"""The application layer: the one door from the window and the `desk` command into the core.

Every action a user or a script can take is one named operation in a module here, taking the open
`Workspace` first and returning what changed (`Changes`), so a view refreshes only what the record
names. Reads return values. The modules:

  workspace.py      Workspace (the open cache, its threads, the agent, translation, events), opening one
  changes.py        Changes: what an operation touched
  events.py         what the core announces on its own (sync states, new messages, pipeline results)
  queue.py          queue pages and counts, views and saved views, SLA warning windows, breach warnings
  conversations.py  open a conversation, clear an escalation, mark no response needed, describe one
  lifecycle.py      resolve, reopen, pending, snooze, assign, tags, notes with mentions, merge, links, Undo
  replies.py        reply languages, prepare and send a reply (the send rules: signature, files, macro
                    actions), notes, WhatsApp templates filled from the order and what a reply costs, drafts
  knowledge.py      knowledge-base search and suggestions, macros, market notes
  settings.py       read and save settings (through desk.settings), glossary, rules, agent profiles
  accounts.py       list, save, test (with what a failure means) and remove platform accounts, their warnings
  sync.py           the sync service: every account's loop, the pipeline, the outbox
  orders.py         the order's actions (refund, cancel, return, note, tag; Amazon proactive messages)
  quarantine.py     what sync could not read: summary, list, export, read again
  notifications.py  new messages in the agent's views, their notification preferences and quiet hours
  macro_actions.py  what a macro does once its reply is sent (the door to the conversation's lifecycle)
  search.py         message and customer search
  mail_import.py    .eml, mbox and Maildir archives into the "Imported mail" account

Nothing here imports Qt; module imports stay light (the window imports these before its first paint).
"""

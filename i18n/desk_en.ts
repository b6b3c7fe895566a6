<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountStatusBar</name>
    <message>
        <location filename="../ui/accounts/status.py" line="41"/>
        <source>up to date</source>
        <translation>up to date</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="41"/>
        <source>syncing</source>
        <translation>syncing</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="41"/>
        <source>rate-limited</source>
        <translation>rate-limited</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="42"/>
        <source>sign-in failed</source>
        <translation>sign-in failed</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="43"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="43"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="43"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/status.py" line="73"/>
        <source>(retry in %n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/dialog.py" line="43"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="49"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="58"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="59"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="60"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="93"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="93"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="93"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="94"/>
        <source>IMAP server</source>
        <translation>IMAP server</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="94"/>
        <source>IMAP port</source>
        <translation>IMAP port</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="95"/>
        <source>IMAP security</source>
        <translation>IMAP security</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="95"/>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="96"/>
        <source>SMTP port</source>
        <translation>SMTP port</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="96"/>
        <source>SMTP security</source>
        <translation>SMTP security</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="97"/>
        <source>Marketplace id</source>
        <translation>Marketplace id</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="97"/>
        <source>Orders API version</source>
        <translation>Orders API version</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="98"/>
        <source>LWA client id</source>
        <translation>LWA client id</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="98"/>
        <source>LWA client secret</source>
        <translation>LWA client secret</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="99"/>
        <source>Refresh token</source>
        <translation>Refresh token</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="99"/>
        <source>SP-API endpoint (optional)</source>
        <translation>SP-API endpoint (optional)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="100"/>
        <source>LWA endpoint (optional)</source>
        <translation>LWA endpoint (optional)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="100"/>
        <source>Shop domain</source>
        <translation>Shop domain</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="101"/>
        <source>App authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="101"/>
        <source>App client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="102"/>
        <source>App client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="103"/>
        <source>Admin access token (legacy custom app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="107"/>
        <source>Approved templates (name:language[:category])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="104"/>
        <source>Admin endpoint (optional)</source>
        <translation>Admin endpoint (optional)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="104"/>
        <source>Phone number id</source>
        <translation>Phone number id</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="105"/>
        <source>Graph API URL</source>
        <translation>Graph API URL</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="106"/>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="106"/>
        <source>Relay URL</source>
        <translation>Relay URL</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="107"/>
        <source>Relay token</source>
        <translation>Relay token</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="108"/>
        <source>Trusted mail server (authserv-id, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="109"/>
        <source>Verify DKIM signatures of Amazon/Shopify mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="110"/>
        <source>Name at the relay (set automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="143"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="180"/>
        <source>stored in the keyring; type to replace</source>
        <translation>stored in the keyring; type to replace</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="222"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="227"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="236"/>
        <source>Connected: the platform accepted these settings.</source>
        <translation>Connected: the platform accepted these settings.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../ui/actions.py" line="31"/>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="32"/>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="33"/>
        <source>Add the next conversation to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="34"/>
        <source>Add the previous conversation to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="35"/>
        <source>Select or unselect this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="36"/>
        <source>Read the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="37"/>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="38"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="39"/>
        <source>Next view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="40"/>
        <source>Previous view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="41"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="42"/>
        <source>Add an internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="43"/>
        <source>Insert a macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="44"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="45"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="46"/>
        <source>Waiting for the customer (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="47"/>
        <source>Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="48"/>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="49"/>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="50"/>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="51"/>
        <source>Merge into another conversation of this customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="52"/>
        <source>Linked conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="53"/>
        <source>No response needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="54"/>
        <source>Clear escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="55"/>
        <source>Undo the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="56"/>
        <source>Command palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="57"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="58"/>
        <source>Save this view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="59"/>
        <source>Delete this saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="60"/>
        <source>Tag colours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="61"/>
        <source>Refresh the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="62"/>
        <source>Accounts…</source>
        <translation type="unfinished">Accounts…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="63"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="68"/>
        <source>Moving around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="68"/>
        <location filename="../ui/actions.py" line="160"/>
        <source>Conversation</source>
        <translation type="unfinished">Conversation</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="69"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="160"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="161"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachNotifier</name>
    <message numerus="yes">
        <location filename="../ui/notify.py" line="63"/>
        <source>%n conversation(s) about to breach the SLA</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notify.py" line="64"/>
        <source>%1 — %2 (%3 min left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../ui/cheatsheet.py" line="19"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cheatsheet.py" line="23"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cheatsheet.py" line="23"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cheatsheet.py" line="36"/>
        <source>Change any key in Settings → Keyboard. Letters act on the queue unless you are typing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/reading/composer.py" line="114"/>
        <source>Write a reply… (type / for macros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="124"/>
        <location filename="../ui/reading/composer.py" line="231"/>
        <location filename="../ui/reading/composer.py" line="261"/>
        <location filename="../ui/reading/composer.py" line="266"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="126"/>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="127"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="128"/>
        <source>No response needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="130"/>
        <source>Send template</source>
        <translation>Send template</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="183"/>
        <source>Write in %1, send in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="186"/>
        <source>Write in %1 (sent as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="187"/>
        <source>Send as written in %1 (not the customer&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="214"/>
        <source>Will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="214"/>
        <source>Back-translation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="253"/>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationController</name>
    <message>
        <location filename="../ui/reading/controller.py" line="91"/>
        <source>Marked as needing no response: the SLA clock stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../ui/reading/view.py" line="135"/>
        <source>Select a conversation in the queue.</source>
        <translation>Select a conversation in the queue.</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="193"/>
        <source>Message from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="208"/>
        <source>customer&apos;s time %1</source>
        <translation>customer&apos;s time %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="210"/>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="216"/>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="220"/>
        <source>Escalated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="223"/>
        <source>Unverified sender: this mail may be forged. It claims Amazon or Shopify but failed authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="237"/>
        <source>💤 Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="237"/>
        <source>💤 Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="239"/>
        <source>⏳ Waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="241"/>
        <source>✓ Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reading/view.py" line="257"/>
        <source>%n other conversation(s) about order %1</source>
        <translation>
            <numerusform>%n other conversation about order %1</numerusform>
            <numerusform>%n other conversations about order %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reading/view.py" line="260"/>
        <source>%n other conversation(s) with this customer</source>
        <translation>
            <numerusform>%n other conversation with this customer</numerusform>
            <numerusform>%n other conversations with this customer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="269"/>
        <source>WhatsApp window closed: templates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="271"/>
        <source>WhatsApp window open %1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="275"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="275"/>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="282"/>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="296"/>
        <source>Translation · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="300"/>
        <source>Translating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="307"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="308"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="309"/>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="310"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="311"/>
        <source>not delivered</source>
        <translation>not delivered</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="41"/>
        <source>Search articles and macros…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="50"/>
        <source>Insert into reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidebar/knowledge_panel.py" line="103"/>
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="93"/>
        <source>Suggested for this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="109"/>
        <source>Macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="109"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="109"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/labels.py" line="13"/>
        <source>Where is my order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="14"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="15"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="16"/>
        <source>Size exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="17"/>
        <source>Damaged or wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="18"/>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="19"/>
        <source>Address change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="20"/>
        <source>Product question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="21"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="22"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="23"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="30"/>
        <source>angry customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="31"/>
        <source>chargeback or payment dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="32"/>
        <source>A-to-z claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="33"/>
        <source>lawyer or consumer authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="34"/>
        <source>threatens a bad review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="42"/>
        <source>No translation: the provider cannot be reached (offline?). The original is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="43"/>
        <source>No translation: the provider&apos;s quota is used up. Try later or choose another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="44"/>
        <source>No translation: the provider refused the API key. Check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="45"/>
        <source>No translation: the provider failed. The original is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="86"/>
        <source>Opening workspace…</source>
        <translation>Opening workspace…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.py" line="105"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="107"/>
        <source>Could not read the queue: %1</source>
        <translation>Could not read the queue: %1</translation>
    </message>
</context>
<context>
    <name>NotePopup</name>
    <message>
        <location filename="../ui/note_popup.py" line="20"/>
        <source>Internal note</source>
        <translation type="unfinished">Internal note</translation>
    </message>
    <message>
        <location filename="../ui/note_popup.py" line="23"/>
        <source>Only colleagues see this. Type @ to mention someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/note_popup.py" line="28"/>
        <source>Ctrl+Enter adds the note · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="26"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="27"/>
        <source>Save</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="58"/>
        <source>No market known for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="57"/>
        <source>Market: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="33"/>
        <source>No order linked to this conversation.</source>
        <translation>No order linked to this conversation.</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="41"/>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="41"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="42"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="42"/>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="42"/>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="43"/>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="43"/>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="43"/>
        <source>shipped</source>
        <translation>shipped</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../ui/queue/model.py" line="297"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="297"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="297"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="297"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="298"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="298"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="298"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="320"/>
        <source>Escalated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="322"/>
        <source>This mail claims to come from Amazon or Shopify but did not pass authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="342"/>
        <source>⚠ unverified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="359"/>
        <source>💤 snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="361"/>
        <source>⏳ pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="361"/>
        <source>✓ resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../ui/queue/panel.py" line="93"/>
        <source>Search messages and customers… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="97"/>
        <source>All channels</source>
        <translation type="unfinished">All channels</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="99"/>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="102"/>
        <source>All languages</source>
        <translation type="unfinished">All languages</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="106"/>
        <location filename="../ui/queue/panel.py" line="305"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyAssistant</name>
    <message>
        <location filename="../ui/reading/assist.py" line="52"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="52"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="52"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="52"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="53"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="53"/>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="53"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="99"/>
        <source>Proposed reply from “%1”: check it, then Ctrl+Enter to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="174"/>
        <source>Check the warnings, then click Send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="176"/>
        <source>Not sent: the translation is not available now. Your text stays here. Try again later, or choose the language you wrote it in to send it as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="177"/>
        <source>Not sent: this reply breaks the platform&apos;s rules. Change what is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="178"/>
        <source>Not sent: this conversation was imported from an archive and has no mailbox to answer from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="179"/>
        <source>Nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="111"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="123"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="124"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="125"/>
        <source>Automatic replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="126"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="177"/>
        <source>stored in the system keyring; leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="147"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="117"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="122"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="127"/>
        <location filename="../ui/settings_dialog.py" line="149"/>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="146"/>
        <source>I read and write in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="148"/>
        <source>Warn before a breach (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="164"/>
        <source>LibreTranslate URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="164"/>
        <source>Microsoft region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>MyMemory e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="178"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="179"/>
        <source>Keys never leave this computer&apos;s keyring; Google and MyMemory need none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="215"/>
        <source>Agents that conversations are routed to, by the languages they speak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="244"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="244"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="258"/>
        <source>Back to the default keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="260"/>
        <source>Click a key and press the new one. Letters act on the queue unless you are typing in a text field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="288"/>
        <source>“%1” and “%2” both use %3: give one of them another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="332"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="185"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="185"/>
        <source>Hours to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="189"/>
        <source>Amazon counts 24 hours through weekends and holidays; WhatsApp allows free text for 24 hours after the customer&apos;s last message. Mail and Shopify targets are set per account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="200"/>
        <source>Propose a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="200"/>
        <source>Send automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="202"/>
        <source>Automatic replies never go out when the policy check objects, when the order facts are missing, or when the customer is escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="212"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="212"/>
        <source>Languages (de,en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="213"/>
        <source>Skills (escalation,complaint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="145"/>
        <source>My name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="227"/>
        <source>Add term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="229"/>
        <source>Each row is one product or policy term in every language; translations keep it exact in both directions. Write variants after a |, the first one is used in translations. Empty a row to remove the term.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../ui/sidebar/panel.py" line="26"/>
        <source>Order</source>
        <translation type="unfinished">Order</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/panel.py" line="27"/>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/panel.py" line="28"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagColours</name>
    <message>
        <location filename="../ui/tag_colours.py" line="43"/>
        <source>Tag colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tag_colours.py" line="47"/>
        <source>Enter or a double click changes a tag&apos;s colour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewList</name>
    <message>
        <location filename="../ui/queue/views.py" line="52"/>
        <source>My views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../ui/queue/views.py" line="17"/>
        <source>Open</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="18"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="19"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="20"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="21"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="22"/>
        <source>Pending</source>
        <translation type="unfinished">Pending</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="23"/>
        <source>Snoozed</source>
        <translation type="unfinished">Snoozed</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="24"/>
        <source>Resolved</source>
        <translation type="unfinished">Resolved</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="25"/>
        <source>All</source>
        <translation type="unfinished">All</translation>
    </message>
</context>
<context>
    <name>Workday</name>
    <message>
        <location filename="../ui/workday.py" line="31"/>
        <source>That conversation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="32"/>
        <source>Select a conversation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="33"/>
        <source>Set your name in Settings first: conversations are assigned to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="34"/>
        <source>No agent by that name. Add agents in Settings → General.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="35"/>
        <source>That time has passed: choose a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="36"/>
        <source>That time has no time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="37"/>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="38"/>
        <source>Tags have at most 64 characters, no commas, and do not start with + or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="39"/>
        <source>A conversation cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="40"/>
        <source>That conversation was already merged into another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="41"/>
        <source>Only conversations of the same customer can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="42"/>
        <source>An empty note was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="43"/>
        <source>A view needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="73"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="136"/>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="149"/>
        <source>Snoozed %n conversation(s) until %1.</source>
        <translation>
            <numerusform>Snoozed %n conversation until %1.</numerusform>
            <numerusform>Snoozed %n conversations until %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="153"/>
        <source>%n conversation(s) unassigned.</source>
        <translation>
            <numerusform>%n conversation unassigned.</numerusform>
            <numerusform>%n conversations unassigned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="154"/>
        <source>Assigned %n conversation(s) to %1.</source>
        <translation>
            <numerusform>Assigned %n conversation to %1.</numerusform>
            <numerusform>Assigned %n conversations to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="156"/>
        <source>Resolved %n conversation(s).</source>
        <translation>
            <numerusform>Resolved %n conversation.</numerusform>
            <numerusform>Resolved %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="157"/>
        <source>Reopened %n conversation(s).</source>
        <translation>
            <numerusform>Reopened %n conversation.</numerusform>
            <numerusform>Reopened %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="158"/>
        <source>%n conversation(s) now wait for the customer.</source>
        <translation>
            <numerusform>%n conversation now waits for the customer.</numerusform>
            <numerusform>%n conversations now wait for the customer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="159"/>
        <source>Tags changed on %n conversation(s).</source>
        <translation>
            <numerusform>Tags changed on %n conversation.</numerusform>
            <numerusform>Tags changed on %n conversations.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="160"/>
        <source>Merged: the messages are in one conversation now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="161"/>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="166"/>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="176"/>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="182"/>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="209"/>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="209"/>
        <source>In 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="209"/>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="210"/>
        <source>In two days (morning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="210"/>
        <source>Next Monday morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="211"/>
        <source>In a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="216"/>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="218"/>
        <source>Snooze until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="220"/>
        <source>3h, 2d, 18:00 or 2026-12-24 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="230"/>
        <source>Me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="231"/>
        <source>Nobody (unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="238"/>
        <source>Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="238"/>
        <source>Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="252"/>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="252"/>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="259"/>
        <source>+ New tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="266"/>
        <source>Add or remove a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="267"/>
        <source>Type a tag; a new name creates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="287"/>
        <source>This customer has no other conversation to merge with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="296"/>
        <source>Merge this conversation into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="302"/>
        <source>Linked conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="313"/>
        <location filename="../ui/workday.py" line="315"/>
        <source>Go to view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="324"/>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="325"/>
        <source>Type an action or a view, in Chinese or English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="376"/>
        <source>Save this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="377"/>
        <source>Name of the view (its filters and sort are kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="417"/>
        <source>same order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="417"/>
        <source>same customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../ui/app.py" line="199"/>
        <source>Desk cannot open this workspace</source>
        <translation>Desk cannot open this workspace</translation>
    </message>
</context>
</TS>

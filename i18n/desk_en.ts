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
    <name>Composer</name>
    <message>
        <location filename="../ui/reading/composer.py" line="114"/>
        <source>Write a reply… (type / for macros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="124"/>
        <location filename="../ui/reading/composer.py" line="259"/>
        <location filename="../ui/reading/composer.py" line="264"/>
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
        <location filename="../ui/reading/composer.py" line="251"/>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationController</name>
    <message>
        <location filename="../ui/reading/controller.py" line="81"/>
        <source>Marked as needing no response: the SLA clock stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../ui/reading/view.py" line="130"/>
        <source>Select a conversation in the queue.</source>
        <translation>Select a conversation in the queue.</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="175"/>
        <source>Message from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="190"/>
        <source>customer&apos;s time %1</source>
        <translation>customer&apos;s time %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="192"/>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="198"/>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="202"/>
        <source>Escalated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="205"/>
        <source>Unverified sender: this mail may be forged. It claims Amazon or Shopify but failed authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="218"/>
        <source>WhatsApp window closed: templates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="220"/>
        <source>WhatsApp window open %1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="224"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="224"/>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="231"/>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="245"/>
        <source>Translation · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="249"/>
        <source>Translating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="256"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="257"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="258"/>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="259"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="260"/>
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
        <source>Damaged or defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="18"/>
        <source>Missing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="19"/>
        <source>Wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="20"/>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="21"/>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="22"/>
        <source>Address change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="23"/>
        <source>Product question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="24"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="25"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="26"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="33"/>
        <source>angry customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="34"/>
        <source>chargeback or payment dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="35"/>
        <source>A-to-z claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="36"/>
        <source>lawyer or consumer authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="37"/>
        <source>threatens a bad review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="38"/>
        <source>asks for a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="46"/>
        <source>No translation: the provider cannot be reached (offline?). The original is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="47"/>
        <source>No translation: the provider&apos;s quota is used up. Try later or choose another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="48"/>
        <source>No translation: the provider refused the API key. Check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="49"/>
        <source>No translation: the provider failed. The original is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="57"/>
        <source>AI drafts are off, or no provider and model are set (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="58"/>
        <source>No AI draft: the provider cannot be reached (offline, or the local server is not running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="59"/>
        <source>No AI draft: the provider stopped answering. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="60"/>
        <source>No AI draft: the provider refused the API key. Check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="61"/>
        <source>No AI draft: the provider&apos;s rate limit is reached. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="62"/>
        <source>No AI draft: the provider refused the request (model name, length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="63"/>
        <source>No AI draft: the provider failed. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="64"/>
        <source>No AI draft: the provider&apos;s content filter withheld it. Write this reply yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="65"/>
        <source>No AI draft: the provider answered with nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="85"/>
        <source>Opening workspace…</source>
        <translation>Opening workspace…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="102"/>
        <source>Accounts…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="104"/>
        <source>Conversation</source>
        <translation type="unfinished">Conversation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="105"/>
        <source>Clear escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="106"/>
        <source>No response needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="107"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.py" line="110"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="112"/>
        <source>Could not read the queue: %1</source>
        <translation>Could not read the queue: %1</translation>
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
        <location filename="../ui/queue/model.py" line="164"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="164"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="164"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="164"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="165"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="165"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="165"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="187"/>
        <source>Escalated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="189"/>
        <source>This mail claims to come from Amazon or Shopify but did not pass authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="209"/>
        <source>⚠ unverified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../ui/queue/panel.py" line="60"/>
        <source>Search messages and customers…</source>
        <translation type="unfinished">Search messages and customers…</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="64"/>
        <source>Open</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="65"/>
        <source>Pending</source>
        <translation type="unfinished">Pending</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="66"/>
        <source>Snoozed</source>
        <translation type="unfinished">Snoozed</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="67"/>
        <source>Resolved</source>
        <translation type="unfinished">Resolved</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="68"/>
        <source>All</source>
        <translation type="unfinished">All</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="72"/>
        <source>All channels</source>
        <translation type="unfinished">All channels</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="74"/>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="77"/>
        <source>All languages</source>
        <translation type="unfinished">All languages</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="80"/>
        <source>⚠ Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="81"/>
        <source>Only conversations triage escalated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyAssistant</name>
    <message>
        <location filename="../ui/reading/assist.py" line="53"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="53"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="53"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="53"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="54"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="54"/>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="54"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="115"/>
        <source>Proposed reply from “%1”: check it, then Ctrl+Enter to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="195"/>
        <source>Check the warnings, then click Send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="197"/>
        <source>Not sent: the translation is not available now. Your text stays here. Try again later, or choose the language you wrote it in to send it as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="198"/>
        <source>Not sent: this reply breaks the platform&apos;s rules. Change what is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="199"/>
        <source>Not sent: this conversation was imported from an archive and has no mailbox to answer from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="200"/>
        <source>Nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="118"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="130"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="131"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="132"/>
        <source>Automatic replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="133"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="196"/>
        <location filename="../ui/settings_dialog.py" line="205"/>
        <source>stored in the system keyring; leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="155"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="124"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="134"/>
        <source>AI drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="135"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="154"/>
        <source>I read and write in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="156"/>
        <source>Warn before a breach (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="157"/>
        <source>Offer AI drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="158"/>
        <source>Chat API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="159"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="160"/>
        <source>Send customers&apos; e-mail and phone to a cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="161"/>
        <source>Let AI drafts go out automatically where a rule allows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="162"/>
        <source>Give up after (seconds without words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="163"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="164"/>
        <source>Longest draft (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>Team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="166"/>
        <source>Team server&apos;s CA certificate (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="167"/>
        <source>Keep offline the team&apos;s conversations of the last (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="168"/>
        <source>Tell colleagues I am here every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="183"/>
        <source>LibreTranslate URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="183"/>
        <source>Microsoft region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="184"/>
        <source>MyMemory e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="197"/>
        <location filename="../ui/settings_dialog.py" line="206"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="198"/>
        <source>Keys never leave this computer&apos;s keyring; Google and MyMemory need none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="207"/>
        <source>Optional. Desk stays fully useful without it: drafts from OpenAI-compatible providers, cloud or on this computer (Ollama, llama.cpp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="243"/>
        <source>Agents that conversations are routed to, by the languages they speak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="306"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="213"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="213"/>
        <source>Hours to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="217"/>
        <source>Amazon counts 24 hours through weekends and holidays; WhatsApp allows free text for 24 hours after the customer&apos;s last message. Mail and Shopify targets are set per account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="228"/>
        <source>Propose a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="228"/>
        <source>Send automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="230"/>
        <source>Automatic replies never go out when the policy check objects, when the order facts are missing, or when the customer is escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="240"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="240"/>
        <source>Languages (de,en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="241"/>
        <source>Skills (escalation,complaint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="153"/>
        <source>My name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="255"/>
        <source>Add term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="257"/>
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
    <name>window</name>
    <message>
        <location filename="../ui/app.py" line="199"/>
        <source>Desk cannot open this workspace</source>
        <translation>Desk cannot open this workspace</translation>
    </message>
</context>
</TS>

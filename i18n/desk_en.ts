<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountStatusBar</name>
    <message>
        <location filename="../ui/accounts/status.py" line="31" />
        <source>up to date</source>
        <translation>up to date</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="31" />
        <source>syncing</source>
        <translation>syncing</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="31" />
        <source>rate-limited</source>
        <translation>rate-limited</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="32" />
        <source>sign-in failed</source>
        <translation>sign-in failed</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="32" />
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="32" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="33" />
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/dialog.py" line="38" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="44" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="51" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="52" />
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="53" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="85" />
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="85" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="85" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="86" />
        <source>IMAP server</source>
        <translation>IMAP server</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="86" />
        <source>IMAP port</source>
        <translation>IMAP port</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="87" />
        <source>IMAP security</source>
        <translation>IMAP security</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="87" />
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="88" />
        <source>SMTP port</source>
        <translation>SMTP port</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="88" />
        <source>SMTP security</source>
        <translation>SMTP security</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="89" />
        <source>Marketplace id</source>
        <translation>Marketplace id</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="89" />
        <source>Orders API version</source>
        <translation>Orders API version</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="90" />
        <source>LWA client id</source>
        <translation>LWA client id</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="90" />
        <source>LWA client secret</source>
        <translation>LWA client secret</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="91" />
        <source>Refresh token</source>
        <translation>Refresh token</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="91" />
        <source>SP-API endpoint (optional)</source>
        <translation>SP-API endpoint (optional)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="92" />
        <source>LWA endpoint (optional)</source>
        <translation>LWA endpoint (optional)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="92" />
        <source>Shop domain</source>
        <translation>Shop domain</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="93" />
        <source>Admin API version</source>
        <translation>Admin API version</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="93" />
        <source>Admin access token</source>
        <translation>Admin access token</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="94" />
        <source>Admin endpoint (optional)</source>
        <translation>Admin endpoint (optional)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="94" />
        <source>Phone number id</source>
        <translation>Phone number id</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="95" />
        <source>Graph API URL</source>
        <translation>Graph API URL</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="95" />
        <source>Graph API version</source>
        <translation>Graph API version</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="96" />
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="96" />
        <source>Relay URL</source>
        <translation>Relay URL</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="97" />
        <source>Relay token</source>
        <translation>Relay token</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="97" />
        <source>Approved templates (name:language)</source>
        <translation>Approved templates (name:language)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="124" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="151" />
        <source>stored in the keyring; type to replace</source>
        <translation>stored in the keyring; type to replace</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="191" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="199" />
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="205" />
        <source>Connected: the platform accepted these settings.</source>
        <translation>Connected: the platform accepted these settings.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/reading/composer.py" line="21" />
        <source>Write a reply…</source>
        <translation>Write a reply…</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="27" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="29" />
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="31" />
        <source>Send template</source>
        <translation>Send template</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../ui/reading/view.py" line="68" />
        <source>Select a conversation in the queue.</source>
        <translation>Select a conversation in the queue.</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="89" />
        <source>customer's time %1</source>
        <translation>customer's time %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="91" />
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="100" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="100" />
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="116" />
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="117" />
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="118" />
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="119" />
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="120" />
        <source>not delivered</source>
        <translation>not delivered</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="93" />
        <source>Opening workspace…</source>
        <translation>Opening workspace…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="99" />
        <source>Search messages and customers…</source>
        <translation>Search messages and customers…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="103" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="104" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="105" />
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="106" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="107" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="111" />
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="114" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="118" />
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="149" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="170" />
        <source>Accounts…</source>
        <translation>Accounts…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.py" line="276" />
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="279" />
        <source>Could not read the queue: %1</source>
        <translation>Could not read the queue: %1</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="33" />
        <source>No order linked to this conversation.</source>
        <translation>No order linked to this conversation.</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="41" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="41" />
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="41" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="42" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="42" />
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="42" />
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="43" />
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="43" />
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="43" />
        <source>shipped</source>
        <translation>shipped</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../ui/queue/model.py" line="153" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="153" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="153" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="153" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="154" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="154" />
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../ui/app.py" line="174" />
        <source>Desk cannot open this workspace</source>
        <translation>Desk cannot open this workspace</translation>
    </message>
</context>
</TS>
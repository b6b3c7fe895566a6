<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/reading/composer.py" line="19" />
        <source>Write a reply…</source>
        <translation>Write a reply…</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="25" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="27" />
        <source>Add note</source>
        <translation>Add note</translation>
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
        <location filename="../ui/reading/view.py" line="88" />
        <source>customer's time %1</source>
        <translation>customer's time %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="90" />
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="99" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="99" />
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="115" />
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="116" />
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="117" />
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="118" />
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="119" />
        <source>not delivered</source>
        <translation>not delivered</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="89" />
        <source>Opening workspace…</source>
        <translation>Opening workspace…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="95" />
        <source>Search messages and customers…</source>
        <translation>Search messages and customers…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="99" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="100" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="101" />
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="102" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="103" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="107" />
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="110" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="114" />
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="145" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.py" line="225" />
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="228" />
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
        <location filename="../ui/app.py" line="134" />
        <source>Desk cannot open this workspace</source>
        <translation>Desk cannot open this workspace</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../ui/reading/view.py" line="51" />
        <source>Select a conversation in the queue.</source>
        <translation>Select a conversation in the queue.</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="66" />
        <source>customer's time %1</source>
        <translation>customer's time %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="68" />
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="77" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="77" />
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="70" />
        <source>Opening workspace…</source>
        <translation>Opening workspace…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="76" />
        <source>Search messages and customers…</source>
        <translation>Search messages and customers…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="80" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="81" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="82" />
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="83" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="84" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="88" />
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="91" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="95" />
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="126" />
        <source>Order and knowledge</source>
        <translation>Order and knowledge</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.py" line="195" />
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform><numerusform>%n conversations</numerusform></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../ui/queue/model.py" line="132" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="132" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="132" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="132" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="133" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="133" />
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../ui/app.py" line="98" />
        <source>Desk cannot open this workspace</source>
        <translation>Desk cannot open this workspace</translation>
    </message>
</context>
</TS>
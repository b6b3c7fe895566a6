<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../ui/reading/view.py" line="51" />
        <source>Select a conversation in the queue.</source>
        <translation>请在队列中选择一个会话。</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="66" />
        <source>customer's time %1</source>
        <translation>客户当地时间 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="68" />
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="77" />
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="77" />
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="70" />
        <source>Opening workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="76" />
        <source>Search messages and customers…</source>
        <translation>搜索消息和客户…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="80" />
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="81" />
        <source>Pending</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="82" />
        <source>Snoozed</source>
        <translation>已延后</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="83" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="84" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="88" />
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="91" />
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="95" />
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="126" />
        <source>Order and knowledge</source>
        <translation>订单与知识库</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.py" line="195" />
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个会话</numerusform></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../ui/queue/model.py" line="132" />
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="132" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="132" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="132" />
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="133" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="133" />
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../ui/app.py" line="98" />
        <source>Desk cannot open this workspace</source>
        <translation>Desk 无法打开此工作区</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/reading/composer.py" line="19" />
        <source>Write a reply…</source>
        <translation>撰写回复…</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="25" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="27" />
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../ui/reading/view.py" line="68" />
        <source>Select a conversation in the queue.</source>
        <translation>请在队列中选择一个会话。</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="88" />
        <source>customer's time %1</source>
        <translation>客户当地时间 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="90" />
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="99" />
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="99" />
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="115" />
        <source>waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="116" />
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="117" />
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="118" />
        <source>read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="119" />
        <source>not delivered</source>
        <translation>发送失败</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="89" />
        <source>Opening workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="95" />
        <source>Search messages and customers…</source>
        <translation>搜索消息和客户…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="99" />
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="100" />
        <source>Pending</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="101" />
        <source>Snoozed</source>
        <translation>已延后</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="102" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="103" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="107" />
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="110" />
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="114" />
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="145" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.py" line="225" />
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="228" />
        <source>Could not read the queue: %1</source>
        <translation>无法读取队列：%1</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="33" />
        <source>No order linked to this conversation.</source>
        <translation>此会话未关联订单。</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="41" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="41" />
        <source>Placed</source>
        <translation>下单于</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="41" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="42" />
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="42" />
        <source>Tracking</source>
        <translation>物流跟踪</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="42" />
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="43" />
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="43" />
        <source>ETA</source>
        <translation>预计送达</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="43" />
        <source>shipped</source>
        <translation>发货于</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../ui/queue/model.py" line="153" />
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="153" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="153" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="153" />
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="154" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="154" />
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../ui/app.py" line="134" />
        <source>Desk cannot open this workspace</source>
        <translation>Desk 无法打开此工作区</translation>
    </message>
</context>
</TS>
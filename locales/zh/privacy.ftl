### 个人数据（议题[7/8]）：隐私声明、对发布成员概况的同意、概况本身、个人数据的下载、账户的清除、
### 征集的保留期限，以及审计记录中与之相关的内容。

## 同意声明，申请表承诺部分中的一个问题。
field-publish_consent = 申请获接受后，UIL可在联合国教科文组织全球学习型城市网络网站上发布本市的概况：城市、国家、人口、面积、申请动机、学习型城市理念的实施情况以及网站（选填）
field-publish_consent-hint = 官方申请表注明，所提供的信息将在联合国教科文组织全球学习型城市网络网站上显示。任何个人的姓名、地址、电话号码或电子邮件地址均不会被发布。本市可随时撤回同意。

## 每个收集个人数据的表单下方。
privacy-form-note = 您在此提供的信息部分属于个人数据：隐私声明说明了保存哪些数据、谁可以查看以及保存多长时间。
privacy-notice-link = 隐私声明

## 隐私声明（/privacy）。
privacy-notice-title = 隐私声明
privacy-notice-intro = 联合国教科文组织终身学习研究所（UIL）运营本网站，用于联合国教科文组织全球学习型城市网络的成员申请征集。本页说明本网站保存哪些个人数据、出于何种目的、谁可以查看、保存多长时间，以及您如何获取这些数据或要求将其清除。
privacy-what-heading = 保存哪些数据
privacy-what-accounts = 每个账户：姓名、电子邮件地址、所选语言、密码的哈希值（绝不保存密码本身）、工作人员账户的两步验证信息，以及最近几天的登录记录。
privacy-what-applications = 每份申请：市长和联系人的姓名及职衔，联系人的机构、通信地址、电话号码和电子邮件地址，以及有关城市的回答和城市上传的文件。
privacy-what-endorsements = 每份推荐：签署推荐函的全国委员会签署人的姓名和职务，以及已签署的推荐函。
privacy-what-reviews = 每次审查：UIL工作人员和评审团成员的评估和评分，以及评审团成员申报的利益冲突。
privacy-what-records = 操作记录，即由谁做了什么（仅记录账户编号，绝不复制数据本身），以及所发送每封邮件的副本。
privacy-why-heading = 用途
privacy-why-text = 用于开展征集工作：使城市能够提出申请，其全国委员会能够予以推荐，UIL和评审团能够进行审查并作出决定；就申请事宜致函相关人员；对于获接受的城市，与网络成员保持联系。
privacy-who-heading = 谁可以查看
privacy-who-city = 城市自己的团队在各个阶段均可查看本市的申请。
privacy-who-natcom = 城市所在会员国的全国委员会在申请提交后方可查看，绝不能查看草稿，也绝不能查看其他国家的申请。
privacy-who-uil = UIL工作人员可查看已送达UIL的申请；UIL协调员为开展征集工作可查看全部内容。
privacy-who-jury = 评审团成员只能查看分配给其的申请，且看不到联系人的电话号码、电子邮件地址或通信地址，也绝不会看到与其存在利益冲突的申请。
privacy-who-public = 只有在城市同意的情况下，公众才能看到获接受城市的概况，且绝不会看到任何个人的姓名或详细信息。
privacy-how-long-heading = 保存期限
privacy-how-long-text = 每次征集都有一个由UIL设定的保留期限（通常为该征集最后一项决定作出后24个月）。期限届满后，未被接受、已撤回或从未提交的申请中的个人数据将被清除，除获接受的申请外，所有申请的文件也将一并清除；有关操作的记录仅保留编号。获接受城市的数据在其作为成员期间一直保留。
privacy-rights-heading = 您的权利
privacy-rights-download = 下载本网站所保存的有关您及您的申请的全部数据
privacy-rights-delete = 删除您的账户
privacy-rights-consent = 撤回城市对发布其概况的同意：可在申请页面上操作，或请UIL办理。
privacy-contact-heading = 向谁咨询
privacy-contact-text = 如对您的数据有任何疑问，或在无法登录时要求清除您的数据，请致函UIL团队：
privacy-contact-text-no-address = 如对您的数据有任何疑问，或在无法登录时要求清除您的数据，请按征集中提供的地址致函UIL团队。

## 申请页面上的同意声明。
privacy-consent-given = 该城市同意在获接受后发布其概况。
privacy-consent-withdraw = 撤回对发布概况的同意
privacy-uil-consent-yes = 该城市同意在获接受后发布其概况。
privacy-uil-consent-no = 该城市未同意发布其概况。
privacy-uil-consent-withdraw = 应该城市请求撤回同意
privacy-event-consent-withdrawn = 撤回了对发布该城市概况的同意

## 成员的公开概况（/members/{ id }）。
privacy-profile-title = { $city }：全球学习型城市网络成员
privacy-profile-back = 全部成员
privacy-profile-member-since = 加入年份
privacy-profile-figure-year = { $value }（{ $year }年）

## 本人的账户。
privacy-account-heading = 您的数据
privacy-account-download = 下载您的数据
privacy-account-delete = 删除您的账户
privacy-erased-person = （已删除的账户）

## 下载（/account/data）。
privacy-data-title = 下载您的数据
privacy-data-text = 您将获得一个ZIP文件，其中包括：一个JSON文件，含有本网站所保存的有关您及您的申请的全部信息（您的账户、回答、各阶段和事件、发给您的邮件、您的登录记录），以及您或您的团队上传的文件。
privacy-data-recorded = 此次下载及其时间将记入UIL的审计记录。
privacy-data-download = 下载ZIP文件

## 删除本人的账户（/account/delete）。
privacy-delete-title = 删除您的账户
privacy-delete-text = 您的姓名、电子邮件地址和密码将被立即清除，您将退出登录。您的操作记录仍将保留，但仅以账户编号标识。
privacy-delete-drafts = 您的草稿中的回答和文件将被删除。
privacy-delete-submitted = 您已提交的申请将予以保留，但其中不再包含市长和联系人的姓名及详细信息，以便全国委员会和UIL完成对这些申请的处理。
privacy-delete-kept = 您撰写的留言（备注、理由）将随其所涉及的申请一并保留。
privacy-delete-download-first = 请先下载您的数据
privacy-delete-password = 请输入您的密码以确认
privacy-delete-submit = 删除我的账户
privacy-deleted-title = 您的账户已删除
privacy-deleted-text = 您的姓名、电子邮件地址和密码已被清除。感谢您对全球学习型城市网络的关注。
privacy-deleted-link = 前往征集页面

## UIL应请求清除账户（/uil/erasure）。
privacy-erasure-link = 应请求清除个人数据
privacy-erasure-title = 应请求清除个人数据
privacy-erasure-text = 当有人请求UIL清除其账户时（例如其无法登录），其账户将作假名化处理，效果与本人自行删除账户相同。清除操作及其理由将记入审计记录。
privacy-erasure-email = 该账户的电子邮件地址
privacy-erasure-reason = 理由
privacy-erasure-reason-hint = 例如：3月3日通过电子邮件提出的请求，编号2025-17。
privacy-erasure-submit = 清除该账户
privacy-erasure-done = 该账户已清除：已隐去{ $applications ->
   *[other] { $applications }份申请
}中的个人数据，已删除{ $documents ->
   *[other] { $documents }份文件
}。
privacy-erasure-audit-link = 查看审计记录
privacy-no-such-account = 没有账户使用此电子邮件地址
refusal-erasure-not-yours = 只有UIL协调员才能清除他人的账户。
refusal-last-administrator = 这是最后一个UIL协调员账户：请先邀请另一位协调员，再清除此账户。

## 征集表单上的保留期限。
privacy-call-retention = 保留期限（该征集最后一项决定作出后的月数）
privacy-call-retention-hint = 期限届满后，本次征集未接受的申请中的个人数据将被清除，除获接受的申请外，所有申请的文件也将一并清除。通常为24个月。

## 审计记录。
privacy-audit-heading = 个人数据
privacy-audit-col-reason = 理由
privacy-audit-account = 账户{ $id }
privacy-audit-downloaded = 下载了其数据
privacy-audit-erased = 清除了该账户：已隐去{ $applications ->
   *[other] { $applications }份申请
}中的个人数据，已删除{ $documents ->
   *[other] { $documents }份文件
}
privacy-audit-retention = 保留期限已过：已隐去{ $applications ->
   *[other] { $applications }份申请
}中的个人数据，已删除{ $documents ->
   *[other] { $documents }份文件
}
privacy-audit-retention-job = 每日执行的保留期限任务
privacy-audit-self = 账户所有者本人


build/kernel.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_entry>:
80400000:	10401073          	csrw	sie,zero
80400004:	14001073          	csrw	sscratch,zero
80400008:	0002b117          	auipc	sp,0x2b
8040000c:	07810113          	add	sp,sp,120 # 8042b080 <lru>
80400010:	00027297          	auipc	t0,0x27
80400014:	01028293          	add	t0,t0,16 # 80427020 <unflushed>
80400018:	000ff317          	auipc	t1,0xff
8040001c:	ef830313          	add	t1,t1,-264 # 804fef10 <bss_end>
80400020:	0062f663          	bgeu	t0,t1,8040002c <_entry+0x2c>
80400024:	0002a023          	sw	zero,0(t0)
80400028:	0291                	add	t0,t0,4
8040002a:	bfdd                	j	80400020 <_entry+0x20>
8040002c:	2ea030ef          	jal	80403316 <main>
80400030:	10500073          	wfi
80400034:	bff5                	j	80400030 <_entry+0x30>

80400036 <bget>:
80400036:	8042b7b7          	lui	a5,0x8042b
8040003a:	1141                	add	sp,sp,-16
8040003c:	08078793          	add	a5,a5,128 # 8042b080 <lru>
80400040:	c422                	sw	s0,8(sp)
80400042:	4bc0                	lw	s0,20(a5)
80400044:	c226                	sw	s1,4(sp)
80400046:	c606                	sw	ra,12(sp)
80400048:	84aa                	mv	s1,a0
8040004a:	00f40a63          	beq	s0,a5,8040005e <bget+0x28>
8040004e:	4018                	lw	a4,0(s0)
80400050:	c701                	beqz	a4,80400058 <bget+0x22>
80400052:	4418                	lw	a4,8(s0)
80400054:	04970c63          	beq	a4,s1,804000ac <bget+0x76>
80400058:	4840                	lw	s0,20(s0)
8040005a:	fef41ae3          	bne	s0,a5,8040004e <bget+0x18>
8040005e:	4b80                	lw	s0,16(a5)
80400060:	00f41663          	bne	s0,a5,8040006c <bget+0x36>
80400064:	a8a9                	j	804000be <bget+0x88>
80400066:	4800                	lw	s0,16(s0)
80400068:	04f40b63          	beq	s0,a5,804000be <bget+0x88>
8040006c:	4458                	lw	a4,12(s0)
8040006e:	ff65                	bnez	a4,80400066 <bget+0x30>
80400070:	401c                	lw	a5,0(s0)
80400072:	ef81                	bnez	a5,8040008a <bget+0x54>
80400074:	4785                	li	a5,1
80400076:	c404                	sw	s1,8(s0)
80400078:	40b2                	lw	ra,12(sp)
8040007a:	00042023          	sw	zero,0(s0)
8040007e:	c45c                	sw	a5,12(s0)
80400080:	8522                	mv	a0,s0
80400082:	4422                	lw	s0,8(sp)
80400084:	4492                	lw	s1,4(sp)
80400086:	0141                	add	sp,sp,16
80400088:	8082                	ret
8040008a:	405c                	lw	a5,4(s0)
8040008c:	d7e5                	beqz	a5,80400074 <bget+0x3e>
8040008e:	4408                	lw	a0,8(s0)
80400090:	01840613          	add	a2,s0,24
80400094:	45a1                	li	a1,8
80400096:	050e                	sll	a0,a0,0x3
80400098:	43e030ef          	jal	804034d6 <disk_write>
8040009c:	804277b7          	lui	a5,0x80427
804000a0:	4705                	li	a4,1
804000a2:	00042223          	sw	zero,4(s0)
804000a6:	02e7a023          	sw	a4,32(a5) # 80427020 <unflushed>
804000aa:	b7e9                	j	80400074 <bget+0x3e>
804000ac:	445c                	lw	a5,12(s0)
804000ae:	40b2                	lw	ra,12(sp)
804000b0:	8522                	mv	a0,s0
804000b2:	0785                	add	a5,a5,1
804000b4:	c45c                	sw	a5,12(s0)
804000b6:	4422                	lw	s0,8(sp)
804000b8:	4492                	lw	s1,4(sp)
804000ba:	0141                	add	sp,sp,16
804000bc:	8082                	ret
804000be:	80405537          	lui	a0,0x80405
804000c2:	00050513          	mv	a0,a0
804000c6:	569010ef          	jal	80401e2e <panic>

804000ca <bio_init>:
804000ca:	8042b6b7          	lui	a3,0x8042b
804000ce:	8042c7b7          	lui	a5,0x8042c
804000d2:	00040637          	lui	a2,0x40
804000d6:	08068713          	add	a4,a3,128 # 8042b080 <lru>
804000da:	09878793          	add	a5,a5,152 # 8042c098 <bufs>
804000de:	60060613          	add	a2,a2,1536 # 40600 <_entry-0x803bfa00>
804000e2:	6585                	lui	a1,0x1
804000e4:	08068513          	add	a0,a3,128
804000e8:	cb18                	sw	a4,16(a4)
804000ea:	963e                	add	a2,a2,a5
804000ec:	08068693          	add	a3,a3,128
804000f0:	05e1                	add	a1,a1,24 # 1018 <_entry-0x803fefe8>
804000f2:	cbd4                	sw	a3,20(a5)
804000f4:	8736                	mv	a4,a3
804000f6:	cb88                	sw	a0,16(a5)
804000f8:	86be                	mv	a3,a5
804000fa:	cb1c                	sw	a5,16(a4)
804000fc:	97ae                	add	a5,a5,a1
804000fe:	fec79ae3          	bne	a5,a2,804000f2 <bio_init+0x28>
80400102:	8046b7b7          	lui	a5,0x8046b
80400106:	68078793          	add	a5,a5,1664 # 8046b680 <bufs+0x3f5e8>
8040010a:	c95c                	sw	a5,20(a0)
8040010c:	8082                	ret

8040010e <bread>:
8040010e:	1141                	add	sp,sp,-16
80400110:	c422                	sw	s0,8(sp)
80400112:	c226                	sw	s1,4(sp)
80400114:	c606                	sw	ra,12(sp)
80400116:	84aa                	mv	s1,a0
80400118:	3f39                	jal	80400036 <bget>
8040011a:	411c                	lw	a5,0(a0)
8040011c:	842a                	mv	s0,a0
8040011e:	c799                	beqz	a5,8040012c <bread+0x1e>
80400120:	40b2                	lw	ra,12(sp)
80400122:	8522                	mv	a0,s0
80400124:	4422                	lw	s0,8(sp)
80400126:	4492                	lw	s1,4(sp)
80400128:	0141                	add	sp,sp,16
8040012a:	8082                	ret
8040012c:	01850613          	add	a2,a0,24 # 80405018 <__udivdi3+0xd14>
80400130:	45a1                	li	a1,8
80400132:	00349513          	sll	a0,s1,0x3
80400136:	326030ef          	jal	8040345c <disk_read>
8040013a:	4785                	li	a5,1
8040013c:	40b2                	lw	ra,12(sp)
8040013e:	c01c                	sw	a5,0(s0)
80400140:	8522                	mv	a0,s0
80400142:	4422                	lw	s0,8(sp)
80400144:	4492                	lw	s1,4(sp)
80400146:	0141                	add	sp,sp,16
80400148:	8082                	ret

8040014a <bclear>:
8040014a:	1141                	add	sp,sp,-16
8040014c:	c606                	sw	ra,12(sp)
8040014e:	c422                	sw	s0,8(sp)
80400150:	35dd                	jal	80400036 <bget>
80400152:	842a                	mv	s0,a0
80400154:	6605                	lui	a2,0x1
80400156:	4581                	li	a1,0
80400158:	0561                	add	a0,a0,24
8040015a:	30c020ef          	jal	80402466 <memset>
8040015e:	4785                	li	a5,1
80400160:	40b2                	lw	ra,12(sp)
80400162:	c01c                	sw	a5,0(s0)
80400164:	c05c                	sw	a5,4(s0)
80400166:	8522                	mv	a0,s0
80400168:	4422                	lw	s0,8(sp)
8040016a:	0141                	add	sp,sp,16
8040016c:	8082                	ret

8040016e <bdirty>:
8040016e:	4785                	li	a5,1
80400170:	c15c                	sw	a5,4(a0)
80400172:	8082                	ret

80400174 <brelse>:
80400174:	455c                	lw	a5,12(a0)
80400176:	02f05263          	blez	a5,8040019a <brelse+0x26>
8040017a:	4910                	lw	a2,16(a0)
8040017c:	4954                	lw	a3,20(a0)
8040017e:	17fd                	add	a5,a5,-1
80400180:	c55c                	sw	a5,12(a0)
80400182:	8042b7b7          	lui	a5,0x8042b
80400186:	ca54                	sw	a3,20(a2)
80400188:	08078793          	add	a5,a5,128 # 8042b080 <lru>
8040018c:	4bd8                	lw	a4,20(a5)
8040018e:	ca90                	sw	a2,16(a3)
80400190:	c91c                	sw	a5,16(a0)
80400192:	c958                	sw	a4,20(a0)
80400194:	cb08                	sw	a0,16(a4)
80400196:	cbc8                	sw	a0,20(a5)
80400198:	8082                	ret
8040019a:	80405537          	lui	a0,0x80405
8040019e:	1141                	add	sp,sp,-16
804001a0:	02050513          	add	a0,a0,32 # 80405020 <__udivdi3+0xd1c>
804001a4:	c606                	sw	ra,12(sp)
804001a6:	489010ef          	jal	80401e2e <panic>

804001aa <bio_flush>:
804001aa:	1101                	add	sp,sp,-32
804001ac:	cc22                	sw	s0,24(sp)
804001ae:	ca26                	sw	s1,20(sp)
804001b0:	c64e                	sw	s3,12(sp)
804001b2:	8046c4b7          	lui	s1,0x8046c
804001b6:	8042c9b7          	lui	s3,0x8042c
804001ba:	6405                	lui	s0,0x1
804001bc:	c452                	sw	s4,8(sp)
804001be:	c256                	sw	s5,4(sp)
804001c0:	ce06                	sw	ra,28(sp)
804001c2:	c84a                	sw	s2,16(sp)
804001c4:	09898993          	add	s3,s3,152 # 8042c098 <bufs>
804001c8:	69848493          	add	s1,s1,1688 # 8046c698 <cons>
804001cc:	80427a37          	lui	s4,0x80427
804001d0:	0461                	add	s0,s0,24 # 1018 <_entry-0x803fefe8>
804001d2:	4a85                	li	s5,1
804001d4:	87ce                	mv	a5,s3
804001d6:	4901                	li	s2,0
804001d8:	4398                	lw	a4,0(a5)
804001da:	cb19                	beqz	a4,804001f0 <bio_flush+0x46>
804001dc:	43d8                	lw	a4,4(a5)
804001de:	cb09                	beqz	a4,804001f0 <bio_flush+0x46>
804001e0:	00090763          	beqz	s2,804001ee <bio_flush+0x44>
804001e4:	4794                	lw	a3,8(a5)
804001e6:	00892703          	lw	a4,8(s2)
804001ea:	00e6f363          	bgeu	a3,a4,804001f0 <bio_flush+0x46>
804001ee:	893e                	mv	s2,a5
804001f0:	97a2                	add	a5,a5,s0
804001f2:	fef493e3          	bne	s1,a5,804001d8 <bio_flush+0x2e>
804001f6:	00090f63          	beqz	s2,80400214 <bio_flush+0x6a>
804001fa:	00892503          	lw	a0,8(s2)
804001fe:	01890613          	add	a2,s2,24
80400202:	45a1                	li	a1,8
80400204:	050e                	sll	a0,a0,0x3
80400206:	2d0030ef          	jal	804034d6 <disk_write>
8040020a:	00092223          	sw	zero,4(s2)
8040020e:	035a2023          	sw	s5,32(s4) # 80427020 <unflushed>
80400212:	b7c9                	j	804001d4 <bio_flush+0x2a>
80400214:	020a2783          	lw	a5,32(s4)
80400218:	eb91                	bnez	a5,8040022c <bio_flush+0x82>
8040021a:	40f2                	lw	ra,28(sp)
8040021c:	4462                	lw	s0,24(sp)
8040021e:	44d2                	lw	s1,20(sp)
80400220:	4942                	lw	s2,16(sp)
80400222:	49b2                	lw	s3,12(sp)
80400224:	4a22                	lw	s4,8(sp)
80400226:	4a92                	lw	s5,4(sp)
80400228:	6105                	add	sp,sp,32
8040022a:	8082                	ret
8040022c:	324030ef          	jal	80403550 <disk_flush>
80400230:	020a2023          	sw	zero,32(s4)
80400234:	b7dd                	j	8040021a <bio_flush+0x70>

80400236 <console_room>:
80400236:	8046c7b7          	lui	a5,0x8046c
8040023a:	69878793          	add	a5,a5,1688 # 8046c698 <cons>
8040023e:	2007a703          	lw	a4,512(a5)
80400242:	2047a503          	lw	a0,516(a5)
80400246:	20070713          	add	a4,a4,512
8040024a:	40a70533          	sub	a0,a4,a0
8040024e:	8082                	ret

80400250 <console_input>:
80400250:	8046c737          	lui	a4,0x8046c
80400254:	69870693          	add	a3,a4,1688 # 8046c698 <cons>
80400258:	2046a783          	lw	a5,516(a3)
8040025c:	862a                	mv	a2,a0
8040025e:	69870513          	add	a0,a4,1688
80400262:	1ff7f713          	and	a4,a5,511
80400266:	9736                	add	a4,a4,a3
80400268:	0785                	add	a5,a5,1
8040026a:	20f6a223          	sw	a5,516(a3)
8040026e:	00c70023          	sb	a2,0(a4)
80400272:	70d0106f          	j	8040217e <wakeup>

80400276 <console_read>:
80400276:	cdc9                	beqz	a1,80400310 <console_read+0x9a>
80400278:	7179                	add	sp,sp,-48
8040027a:	d226                	sw	s1,36(sp)
8040027c:	8046c4b7          	lui	s1,0x8046c
80400280:	d422                	sw	s0,40(sp)
80400282:	69848413          	add	s0,s1,1688 # 8046c698 <cons>
80400286:	20042783          	lw	a5,512(s0)
8040028a:	20442683          	lw	a3,516(s0)
8040028e:	d04a                	sw	s2,32(sp)
80400290:	ce4e                	sw	s3,28(sp)
80400292:	d606                	sw	ra,44(sp)
80400294:	cc52                	sw	s4,24(sp)
80400296:	892e                	mv	s2,a1
80400298:	89aa                	mv	s3,a0
8040029a:	00f69c63          	bne	a3,a5,804002b2 <console_read+0x3c>
8040029e:	69848513          	add	a0,s1,1688
804002a2:	621010ef          	jal	804020c2 <sleep_on>
804002a6:	20042783          	lw	a5,512(s0)
804002aa:	20442683          	lw	a3,516(s0)
804002ae:	fed788e3          	beq	a5,a3,8040029e <console_read+0x28>
804002b2:	4481                	li	s1,0
804002b4:	4a11                	li	s4,4
804002b6:	a82d                	j	804002f0 <console_read+0x7a>
804002b8:	00074703          	lbu	a4,0(a4)
804002bc:	00e107a3          	sb	a4,15(sp)
804002c0:	05470a63          	beq	a4,s4,80400314 <console_read+0x9e>
804002c4:	3df010ef          	jal	80401ea2 <myproc>
804002c8:	5908                	lw	a0,48(a0)
804002ca:	009985b3          	add	a1,s3,s1
804002ce:	4685                	li	a3,1
804002d0:	00f10613          	add	a2,sp,15
804002d4:	659020ef          	jal	8040312c <copyout>
804002d8:	04054663          	bltz	a0,80400324 <console_read+0xae>
804002dc:	20042783          	lw	a5,512(s0)
804002e0:	0485                	add	s1,s1,1
804002e2:	0785                	add	a5,a5,1
804002e4:	20f42023          	sw	a5,512(s0)
804002e8:	00990963          	beq	s2,s1,804002fa <console_read+0x84>
804002ec:	20442683          	lw	a3,516(s0)
804002f0:	1ff7f713          	and	a4,a5,511
804002f4:	9722                	add	a4,a4,s0
804002f6:	fcd791e3          	bne	a5,a3,804002b8 <console_read+0x42>
804002fa:	5e9030ef          	jal	804040e2 <arch_console_rx_resume>
804002fe:	8526                	mv	a0,s1
80400300:	50b2                	lw	ra,44(sp)
80400302:	5422                	lw	s0,40(sp)
80400304:	5492                	lw	s1,36(sp)
80400306:	5902                	lw	s2,32(sp)
80400308:	49f2                	lw	s3,28(sp)
8040030a:	4a62                	lw	s4,24(sp)
8040030c:	6145                	add	sp,sp,48
8040030e:	8082                	ret
80400310:	4501                	li	a0,0
80400312:	8082                	ret
80400314:	0014b713          	seqz	a4,s1
80400318:	97ba                	add	a5,a5,a4
8040031a:	20f42023          	sw	a5,512(s0)
8040031e:	5c5030ef          	jal	804040e2 <arch_console_rx_resume>
80400322:	bff1                	j	804002fe <console_read+0x88>
80400324:	f8f9                	bnez	s1,804002fa <console_read+0x84>
80400326:	5bd030ef          	jal	804040e2 <arch_console_rx_resume>
8040032a:	5549                	li	a0,-14
8040032c:	bfd1                	j	80400300 <console_read+0x8a>

8040032e <console_write>:
8040032e:	711d                	add	sp,sp,-96
80400330:	ce86                	sw	ra,92(sp)
80400332:	cca2                	sw	s0,88(sp)
80400334:	caa6                	sw	s1,84(sp)
80400336:	c8ca                	sw	s2,80(sp)
80400338:	c6ce                	sw	s3,76(sp)
8040033a:	c4d2                	sw	s4,72(sp)
8040033c:	c2d6                	sw	s5,68(sp)
8040033e:	c0da                	sw	s6,64(sp)
80400340:	c5b5                	beqz	a1,804003ac <console_write+0x7e>
80400342:	8a2e                	mv	s4,a1
80400344:	8aaa                	mv	s5,a0
80400346:	4901                	li	s2,0
80400348:	04000b13          	li	s6,64
8040034c:	412a09b3          	sub	s3,s4,s2
80400350:	013b7463          	bgeu	s6,s3,80400358 <console_write+0x2a>
80400354:	04000993          	li	s3,64
80400358:	34b010ef          	jal	80401ea2 <myproc>
8040035c:	5908                	lw	a0,48(a0)
8040035e:	86ce                	mv	a3,s3
80400360:	012a8633          	add	a2,s5,s2
80400364:	858a                	mv	a1,sp
80400366:	511020ef          	jal	80403076 <copyin>
8040036a:	02054163          	bltz	a0,8040038c <console_write+0x5e>
8040036e:	840a                	mv	s0,sp
80400370:	013104b3          	add	s1,sp,s3
80400374:	012a0963          	beq	s4,s2,80400386 <console_write+0x58>
80400378:	00044503          	lbu	a0,0(s0)
8040037c:	0405                	add	s0,s0,1
8040037e:	54b030ef          	jal	804040c8 <arch_console_putc>
80400382:	fe849be3          	bne	s1,s0,80400378 <console_write+0x4a>
80400386:	994e                	add	s2,s2,s3
80400388:	fd4962e3          	bltu	s2,s4,8040034c <console_write+0x1e>
8040038c:	555030ef          	jal	804040e0 <arch_console_flush>
80400390:	5549                	li	a0,-14
80400392:	00090363          	beqz	s2,80400398 <console_write+0x6a>
80400396:	854a                	mv	a0,s2
80400398:	40f6                	lw	ra,92(sp)
8040039a:	4466                	lw	s0,88(sp)
8040039c:	44d6                	lw	s1,84(sp)
8040039e:	4946                	lw	s2,80(sp)
804003a0:	49b6                	lw	s3,76(sp)
804003a2:	4a26                	lw	s4,72(sp)
804003a4:	4a96                	lw	s5,68(sp)
804003a6:	4b06                	lw	s6,64(sp)
804003a8:	6125                	add	sp,sp,96
804003aa:	8082                	ret
804003ac:	535030ef          	jal	804040e0 <arch_console_flush>
804003b0:	4501                	li	a0,0
804003b2:	b7dd                	j	80400398 <console_write+0x6a>

804003b4 <path_name>:
804003b4:	00054783          	lbu	a5,0(a0)
804003b8:	02f00713          	li	a4,47
804003bc:	00e79763          	bne	a5,a4,804003ca <path_name+0x16>
804003c0:	00154783          	lbu	a5,1(a0)
804003c4:	0505                	add	a0,a0,1
804003c6:	fee78de3          	beq	a5,a4,804003c0 <path_name+0xc>
804003ca:	cf95                	beqz	a5,80400406 <path_name+0x52>
804003cc:	4701                	li	a4,0
804003ce:	02f00613          	li	a2,47
804003d2:	486d                	li	a6,27
804003d4:	a819                	j	804003ea <path_name+0x36>
804003d6:	03070063          	beq	a4,a6,804003f6 <path_name+0x42>
804003da:	0705                	add	a4,a4,1
804003dc:	00f68023          	sb	a5,0(a3)
804003e0:	00e507b3          	add	a5,a0,a4
804003e4:	0007c783          	lbu	a5,0(a5)
804003e8:	cb91                	beqz	a5,804003fc <path_name+0x48>
804003ea:	00e586b3          	add	a3,a1,a4
804003ee:	fec794e3          	bne	a5,a2,804003d6 <path_name+0x22>
804003f2:	5579                	li	a0,-2
804003f4:	8082                	ret
804003f6:	fdc00513          	li	a0,-36
804003fa:	8082                	ret
804003fc:	95ba                	add	a1,a1,a4
804003fe:	00058023          	sb	zero,0(a1)
80400402:	4501                	li	a0,0
80400404:	8082                	ret
80400406:	00058023          	sb	zero,0(a1)
8040040a:	b7e5                	j	804003f2 <path_name+0x3e>

8040040c <dir_lookup>:
8040040c:	4558                	lw	a4,12(a0)
8040040e:	47fd                	li	a5,31
80400410:	06e7fc63          	bgeu	a5,a4,80400488 <dir_lookup+0x7c>
80400414:	7139                	add	sp,sp,-64
80400416:	dc22                	sw	s0,56(sp)
80400418:	da26                	sw	s1,52(sp)
8040041a:	d84a                	sw	s2,48(sp)
8040041c:	d64e                	sw	s3,44(sp)
8040041e:	de06                	sw	ra,60(sp)
80400420:	84aa                	mv	s1,a0
80400422:	892e                	mv	s2,a1
80400424:	89b2                	mv	s3,a2
80400426:	4401                	li	s0,0
80400428:	a801                	j	80400438 <dir_lookup+0x2c>
8040042a:	44d8                	lw	a4,12(s1)
8040042c:	04040793          	add	a5,s0,64
80400430:	02040413          	add	s0,s0,32
80400434:	04f76263          	bltu	a4,a5,80400478 <dir_lookup+0x6c>
80400438:	02000713          	li	a4,32
8040043c:	86a2                	mv	a3,s0
8040043e:	860a                	mv	a2,sp
80400440:	4581                	li	a1,0
80400442:	8526                	mv	a0,s1
80400444:	1b0010ef          	jal	804015f4 <readi>
80400448:	02000793          	li	a5,32
8040044c:	04f51063          	bne	a0,a5,8040048c <dir_lookup+0x80>
80400450:	4502                	lw	a0,0(sp)
80400452:	6fb000ef          	jal	8040134c <inum_valid>
80400456:	d971                	beqz	a0,8040042a <dir_lookup+0x1e>
80400458:	4671                	li	a2,28
8040045a:	85ca                	mv	a1,s2
8040045c:	0048                	add	a0,sp,4
8040045e:	0c4020ef          	jal	80402522 <strncmp>
80400462:	f561                	bnez	a0,8040042a <dir_lookup+0x1e>
80400464:	0089a023          	sw	s0,0(s3)
80400468:	50f2                	lw	ra,60(sp)
8040046a:	5462                	lw	s0,56(sp)
8040046c:	4502                	lw	a0,0(sp)
8040046e:	54d2                	lw	s1,52(sp)
80400470:	5942                	lw	s2,48(sp)
80400472:	59b2                	lw	s3,44(sp)
80400474:	6121                	add	sp,sp,64
80400476:	8082                	ret
80400478:	50f2                	lw	ra,60(sp)
8040047a:	5462                	lw	s0,56(sp)
8040047c:	54d2                	lw	s1,52(sp)
8040047e:	5942                	lw	s2,48(sp)
80400480:	59b2                	lw	s3,44(sp)
80400482:	4501                	li	a0,0
80400484:	6121                	add	sp,sp,64
80400486:	8082                	ret
80400488:	4501                	li	a0,0
8040048a:	8082                	ret
8040048c:	80405537          	lui	a0,0x80405
80400490:	03850513          	add	a0,a0,56 # 80405038 <__udivdi3+0xd34>
80400494:	19b010ef          	jal	80401e2e <panic>

80400498 <fs_open>:
80400498:	7159                	add	sp,sp,-112
8040049a:	d0ca                	sw	s2,96(sp)
8040049c:	892e                	mv	s2,a1
8040049e:	084c                	add	a1,sp,20
804004a0:	d2a6                	sw	s1,100(sp)
804004a2:	d686                	sw	ra,108(sp)
804004a4:	d4a2                	sw	s0,104(sp)
804004a6:	cece                	sw	s3,92(sp)
804004a8:	ccd2                	sw	s4,88(sp)
804004aa:	cad6                	sw	s5,84(sp)
804004ac:	84b2                	mv	s1,a2
804004ae:	3719                	jal	804003b4 <path_name>
804004b0:	00054663          	bltz	a0,804004bc <fs_open+0x24>
804004b4:	4d9000ef          	jal	8040118c <fs_mounted>
804004b8:	e919                	bnez	a0,804004ce <fs_open+0x36>
804004ba:	5579                	li	a0,-2
804004bc:	50b6                	lw	ra,108(sp)
804004be:	5426                	lw	s0,104(sp)
804004c0:	5496                	lw	s1,100(sp)
804004c2:	5906                	lw	s2,96(sp)
804004c4:	49f6                	lw	s3,92(sp)
804004c6:	4a66                	lw	s4,88(sp)
804004c8:	4ad6                	lw	s5,84(sp)
804004ca:	6165                	add	sp,sp,112
804004cc:	8082                	ret
804004ce:	4c9000ef          	jal	80401196 <fs_root>
804004d2:	0070                	add	a2,sp,12
804004d4:	084c                	add	a1,sp,20
804004d6:	89aa                	mv	s3,a0
804004d8:	3f15                	jal	8040040c <dir_lookup>
804004da:	842a                	mv	s0,a0
804004dc:	ed35                	bnez	a0,80400558 <fs_open+0xc0>
804004de:	04097793          	and	a5,s2,64
804004e2:	dfe1                	beqz	a5,804004ba <fs_open+0x22>
804004e4:	080c                	add	a1,sp,16
804004e6:	4505                	li	a0,1
804004e8:	731000ef          	jal	80401418 <ialloc>
804004ec:	fc0548e3          	bltz	a0,804004bc <fs_open+0x24>
804004f0:	47c2                	lw	a5,16(sp)
804004f2:	0007aa83          	lw	s5,0(a5)
804004f6:	a839                	j	80400514 <fs_open+0x7c>
804004f8:	02000713          	li	a4,32
804004fc:	86d2                	mv	a3,s4
804004fe:	1810                	add	a2,sp,48
80400500:	4581                	li	a1,0
80400502:	854e                	mv	a0,s3
80400504:	0f0010ef          	jal	804015f4 <readi>
80400508:	02000793          	li	a5,32
8040050c:	08f51863          	bne	a0,a5,8040059c <fs_open+0x104>
80400510:	57c2                	lw	a5,48(sp)
80400512:	cb81                	beqz	a5,80400522 <fs_open+0x8a>
80400514:	00c9a783          	lw	a5,12(s3)
80400518:	8a22                	mv	s4,s0
8040051a:	02040413          	add	s0,s0,32
8040051e:	fc87fde3          	bgeu	a5,s0,804004f8 <fs_open+0x60>
80400522:	02000613          	li	a2,32
80400526:	4581                	li	a1,0
80400528:	1808                	add	a0,sp,48
8040052a:	73d010ef          	jal	80402466 <memset>
8040052e:	4671                	li	a2,28
80400530:	084c                	add	a1,sp,20
80400532:	1848                	add	a0,sp,52
80400534:	d856                	sw	s5,48(sp)
80400536:	048020ef          	jal	8040257e <strlcpy_k>
8040053a:	02000713          	li	a4,32
8040053e:	86d2                	mv	a3,s4
80400540:	1810                	add	a2,sp,48
80400542:	4581                	li	a1,0
80400544:	854e                	mv	a0,s3
80400546:	182010ef          	jal	804016c8 <writei>
8040054a:	02000793          	li	a5,32
8040054e:	02f51c63          	bne	a0,a5,80400586 <fs_open+0xee>
80400552:	4542                	lw	a0,16(sp)
80400554:	c088                	sw	a0,0(s1)
80400556:	a029                	j	80400560 <fs_open+0xc8>
80400558:	609000ef          	jal	80401360 <iget>
8040055c:	c088                	sw	a0,0(s1)
8040055e:	c115                	beqz	a0,80400582 <fs_open+0xea>
80400560:	00855703          	lhu	a4,8(a0)
80400564:	4785                	li	a5,1
80400566:	02f71763          	bne	a4,a5,80400594 <fs_open+0xfc>
8040056a:	20097793          	and	a5,s2,512
8040056e:	c781                	beqz	a5,80400576 <fs_open+0xde>
80400570:	00397793          	and	a5,s2,3
80400574:	e399                	bnez	a5,8040057a <fs_open+0xe2>
80400576:	4501                	li	a0,0
80400578:	b791                	j	804004bc <fs_open+0x24>
8040057a:	793000ef          	jal	8040150c <itrunc>
8040057e:	4501                	li	a0,0
80400580:	bf35                	j	804004bc <fs_open+0x24>
80400582:	5521                	li	a0,-24
80400584:	bf25                	j	804004bc <fs_open+0x24>
80400586:	4542                	lw	a0,16(sp)
80400588:	00051523          	sh	zero,10(a0)
8040058c:	725000ef          	jal	804014b0 <iput>
80400590:	5511                	li	a0,-28
80400592:	b72d                	j	804004bc <fs_open+0x24>
80400594:	71d000ef          	jal	804014b0 <iput>
80400598:	552d                	li	a0,-21
8040059a:	b70d                	j	804004bc <fs_open+0x24>
8040059c:	80405537          	lui	a0,0x80405
804005a0:	03850513          	add	a0,a0,56 # 80405038 <__udivdi3+0xd34>
804005a4:	08b010ef          	jal	80401e2e <panic>

804005a8 <fs_lookup>:
804005a8:	7179                	add	sp,sp,-48
804005aa:	d422                	sw	s0,40(sp)
804005ac:	842e                	mv	s0,a1
804005ae:	004c                	add	a1,sp,4
804005b0:	d606                	sw	ra,44(sp)
804005b2:	3509                	jal	804003b4 <path_name>
804005b4:	87aa                	mv	a5,a0
804005b6:	00054663          	bltz	a0,804005c2 <fs_lookup+0x1a>
804005ba:	3d3000ef          	jal	8040118c <fs_mounted>
804005be:	e519                	bnez	a0,804005cc <fs_lookup+0x24>
804005c0:	57f9                	li	a5,-2
804005c2:	50b2                	lw	ra,44(sp)
804005c4:	5422                	lw	s0,40(sp)
804005c6:	853e                	mv	a0,a5
804005c8:	6145                	add	sp,sp,48
804005ca:	8082                	ret
804005cc:	3cb000ef          	jal	80401196 <fs_root>
804005d0:	860a                	mv	a2,sp
804005d2:	004c                	add	a1,sp,4
804005d4:	3d25                	jal	8040040c <dir_lookup>
804005d6:	d56d                	beqz	a0,804005c0 <fs_lookup+0x18>
804005d8:	589000ef          	jal	80401360 <iget>
804005dc:	c008                	sw	a0,0(s0)
804005de:	c919                	beqz	a0,804005f4 <fs_lookup+0x4c>
804005e0:	00855683          	lhu	a3,8(a0)
804005e4:	4705                	li	a4,1
804005e6:	4781                	li	a5,0
804005e8:	fce68de3          	beq	a3,a4,804005c2 <fs_lookup+0x1a>
804005ec:	6c5000ef          	jal	804014b0 <iput>
804005f0:	57ad                	li	a5,-21
804005f2:	bfc1                	j	804005c2 <fs_lookup+0x1a>
804005f4:	57a1                	li	a5,-24
804005f6:	b7f1                	j	804005c2 <fs_lookup+0x1a>

804005f8 <fs_unlink>:
804005f8:	715d                	add	sp,sp,-80
804005fa:	004c                	add	a1,sp,4
804005fc:	c4a2                	sw	s0,72(sp)
804005fe:	c686                	sw	ra,76(sp)
80400600:	c2a6                	sw	s1,68(sp)
80400602:	c0ca                	sw	s2,64(sp)
80400604:	3b45                	jal	804003b4 <path_name>
80400606:	842a                	mv	s0,a0
80400608:	00054663          	bltz	a0,80400614 <fs_unlink+0x1c>
8040060c:	381000ef          	jal	8040118c <fs_mounted>
80400610:	e909                	bnez	a0,80400622 <fs_unlink+0x2a>
80400612:	5479                	li	s0,-2
80400614:	40b6                	lw	ra,76(sp)
80400616:	8522                	mv	a0,s0
80400618:	4426                	lw	s0,72(sp)
8040061a:	4496                	lw	s1,68(sp)
8040061c:	4906                	lw	s2,64(sp)
8040061e:	6161                	add	sp,sp,80
80400620:	8082                	ret
80400622:	375000ef          	jal	80401196 <fs_root>
80400626:	860a                	mv	a2,sp
80400628:	004c                	add	a1,sp,4
8040062a:	84aa                	mv	s1,a0
8040062c:	33c5                	jal	8040040c <dir_lookup>
8040062e:	d175                	beqz	a0,80400612 <fs_unlink+0x1a>
80400630:	531000ef          	jal	80401360 <iget>
80400634:	892a                	mv	s2,a0
80400636:	c10d                	beqz	a0,80400658 <fs_unlink+0x60>
80400638:	00855703          	lhu	a4,8(a0)
8040063c:	4785                	li	a5,1
8040063e:	00f70f63          	beq	a4,a5,8040065c <fs_unlink+0x64>
80400642:	542d                	li	s0,-21
80400644:	854a                	mv	a0,s2
80400646:	66b000ef          	jal	804014b0 <iput>
8040064a:	40b6                	lw	ra,76(sp)
8040064c:	8522                	mv	a0,s0
8040064e:	4426                	lw	s0,72(sp)
80400650:	4496                	lw	s1,68(sp)
80400652:	4906                	lw	s2,64(sp)
80400654:	6161                	add	sp,sp,80
80400656:	8082                	ret
80400658:	5421                	li	s0,-24
8040065a:	bf6d                	j	80400614 <fs_unlink+0x1c>
8040065c:	02000613          	li	a2,32
80400660:	4581                	li	a1,0
80400662:	1008                	add	a0,sp,32
80400664:	603010ef          	jal	80402466 <memset>
80400668:	4682                	lw	a3,0(sp)
8040066a:	02000713          	li	a4,32
8040066e:	1010                	add	a2,sp,32
80400670:	4581                	li	a1,0
80400672:	8526                	mv	a0,s1
80400674:	054010ef          	jal	804016c8 <writei>
80400678:	00a95783          	lhu	a5,10(s2)
8040067c:	854a                	mv	a0,s2
8040067e:	17fd                	add	a5,a5,-1
80400680:	00f91523          	sh	a5,10(s2)
80400684:	31d000ef          	jal	804011a0 <iupdate>
80400688:	bf75                	j	80400644 <fs_unlink+0x4c>

8040068a <fs_readdir>:
8040068a:	715d                	add	sp,sp,-80
8040068c:	c0ca                	sw	s2,64(sp)
8040068e:	de4e                	sw	s3,60(sp)
80400690:	da56                	sw	s5,52(sp)
80400692:	c686                	sw	ra,76(sp)
80400694:	c4a2                	sw	s0,72(sp)
80400696:	c2a6                	sw	s1,68(sp)
80400698:	dc52                	sw	s4,56(sp)
8040069a:	89aa                	mv	s3,a0
8040069c:	8aae                	mv	s5,a1
8040069e:	8932                	mv	s2,a2
804006a0:	2ed000ef          	jal	8040118c <fs_mounted>
804006a4:	c925                	beqz	a0,80400714 <fs_readdir+0x8a>
804006a6:	2f1000ef          	jal	80401196 <fs_root>
804006aa:	4558                	lw	a4,12(a0)
804006ac:	47fd                	li	a5,31
804006ae:	84aa                	mv	s1,a0
804006b0:	06e7f263          	bgeu	a5,a4,80400714 <fs_readdir+0x8a>
804006b4:	4401                	li	s0,0
804006b6:	4a05                	li	s4,1
804006b8:	a801                	j	804006c8 <fs_readdir+0x3e>
804006ba:	44d8                	lw	a4,12(s1)
804006bc:	04040793          	add	a5,s0,64
804006c0:	02040413          	add	s0,s0,32
804006c4:	04f76863          	bltu	a4,a5,80400714 <fs_readdir+0x8a>
804006c8:	02000713          	li	a4,32
804006cc:	86a2                	mv	a3,s0
804006ce:	0810                	add	a2,sp,16
804006d0:	4581                	li	a1,0
804006d2:	8526                	mv	a0,s1
804006d4:	721000ef          	jal	804015f4 <readi>
804006d8:	02000793          	li	a5,32
804006dc:	04f51f63          	bne	a0,a5,8040073a <fs_readdir+0xb0>
804006e0:	4542                	lw	a0,16(sp)
804006e2:	46b000ef          	jal	8040134c <inum_valid>
804006e6:	d971                	beqz	a0,804006ba <fs_readdir+0x30>
804006e8:	4542                	lw	a0,16(sp)
804006ea:	864a                	mv	a2,s2
804006ec:	00e10593          	add	a1,sp,14
804006f0:	495000ef          	jal	80401384 <istat>
804006f4:	00e15783          	lhu	a5,14(sp)
804006f8:	fd4791e3          	bne	a5,s4,804006ba <fs_readdir+0x30>
804006fc:	fff98793          	add	a5,s3,-1
80400700:	02098463          	beqz	s3,80400728 <fs_readdir+0x9e>
80400704:	44d8                	lw	a4,12(s1)
80400706:	89be                	mv	s3,a5
80400708:	04040793          	add	a5,s0,64
8040070c:	02040413          	add	s0,s0,32
80400710:	faf77ce3          	bgeu	a4,a5,804006c8 <fs_readdir+0x3e>
80400714:	5579                	li	a0,-2
80400716:	40b6                	lw	ra,76(sp)
80400718:	4426                	lw	s0,72(sp)
8040071a:	4496                	lw	s1,68(sp)
8040071c:	4906                	lw	s2,64(sp)
8040071e:	59f2                	lw	s3,60(sp)
80400720:	5a62                	lw	s4,56(sp)
80400722:	5ad2                	lw	s5,52(sp)
80400724:	6161                	add	sp,sp,80
80400726:	8082                	ret
80400728:	466d                	li	a2,27
8040072a:	084c                	add	a1,sp,20
8040072c:	8556                	mv	a0,s5
8040072e:	57b010ef          	jal	804024a8 <memcpy>
80400732:	4501                	li	a0,0
80400734:	000a8da3          	sb	zero,27(s5)
80400738:	bff9                	j	80400716 <fs_readdir+0x8c>
8040073a:	80405537          	lui	a0,0x80405
8040073e:	03850513          	add	a0,a0,56 # 80405038 <__udivdi3+0xd34>
80400742:	6ec010ef          	jal	80401e2e <panic>

80400746 <image_read>:
80400746:	4518                	lw	a4,8(a0)
80400748:	04b76763          	bltu	a4,a1,80400796 <image_read+0x50>
8040074c:	1141                	add	sp,sp,-16
8040074e:	c422                	sw	s0,8(sp)
80400750:	c606                	sw	ra,12(sp)
80400752:	8f0d                	sub	a4,a4,a1
80400754:	8436                	mv	s0,a3
80400756:	04d76263          	bltu	a4,a3,8040079a <image_read+0x54>
8040075a:	00052803          	lw	a6,0(a0)
8040075e:	87aa                	mv	a5,a0
80400760:	02080063          	beqz	a6,80400780 <image_read+0x3a>
80400764:	8736                	mv	a4,a3
80400766:	8542                	mv	a0,a6
80400768:	86ae                	mv	a3,a1
8040076a:	4581                	li	a1,0
8040076c:	689000ef          	jal	804015f4 <readi>
80400770:	87aa                	mv	a5,a0
80400772:	556d                	li	a0,-5
80400774:	00878c63          	beq	a5,s0,8040078c <image_read+0x46>
80400778:	40b2                	lw	ra,12(sp)
8040077a:	4422                	lw	s0,8(sp)
8040077c:	0141                	add	sp,sp,16
8040077e:	8082                	ret
80400780:	43dc                	lw	a5,4(a5)
80400782:	8532                	mv	a0,a2
80400784:	8636                	mv	a2,a3
80400786:	95be                	add	a1,a1,a5
80400788:	521010ef          	jal	804024a8 <memcpy>
8040078c:	40b2                	lw	ra,12(sp)
8040078e:	4422                	lw	s0,8(sp)
80400790:	4501                	li	a0,0
80400792:	0141                	add	sp,sp,16
80400794:	8082                	ret
80400796:	5561                	li	a0,-8
80400798:	8082                	ret
8040079a:	5561                	li	a0,-8
8040079c:	bff1                	j	80400778 <image_read+0x32>

8040079e <proc_spawn>:
8040079e:	7111                	add	sp,sp,-256
804007a0:	dba6                	sw	s1,244(sp)
804007a2:	d9ca                	sw	s2,240(sp)
804007a4:	d5d2                	sw	s4,232(sp)
804007a6:	84aa                	mv	s1,a0
804007a8:	892e                	mv	s2,a1
804007aa:	8a32                	mv	s4,a2
804007ac:	4581                	li	a1,0
804007ae:	4631                	li	a2,12
804007b0:	0808                	add	a0,sp,16
804007b2:	df86                	sw	ra,252(sp)
804007b4:	dda2                	sw	s0,248(sp)
804007b6:	d7ce                	sw	s3,236(sp)
804007b8:	d3d6                	sw	s5,228(sp)
804007ba:	d1da                	sw	s6,224(sp)
804007bc:	cfde                	sw	s7,220(sp)
804007be:	cde2                	sw	s8,216(sp)
804007c0:	cbe6                	sw	s9,212(sp)
804007c2:	c9ea                	sw	s10,208(sp)
804007c4:	c7ee                	sw	s11,204(sp)
804007c6:	4a1010ef          	jal	80402466 <memset>
804007ca:	1c3000ef          	jal	8040118c <fs_mounted>
804007ce:	e949                	bnez	a0,80400860 <proc_spawn+0xc2>
804007d0:	0004c683          	lbu	a3,0(s1)
804007d4:	02f00793          	li	a5,47
804007d8:	8526                	mv	a0,s1
804007da:	02f00713          	li	a4,47
804007de:	00f69763          	bne	a3,a5,804007ec <proc_spawn+0x4e>
804007e2:	00154783          	lbu	a5,1(a0)
804007e6:	0505                	add	a0,a0,1
804007e8:	fee78de3          	beq	a5,a4,804007e2 <proc_spawn+0x44>
804007ec:	3ff010ef          	jal	804023ea <program_find>
804007f0:	2e050763          	beqz	a0,80400ade <proc_spawn+0x340>
804007f4:	4158                	lw	a4,4(a0)
804007f6:	451c                	lw	a5,8(a0)
804007f8:	ca3a                	sw	a4,20(sp)
804007fa:	8f99                	sub	a5,a5,a4
804007fc:	cc3e                	sw	a5,24(sp)
804007fe:	6ae010ef          	jal	80401eac <proc_alloc>
80400802:	89aa                	mv	s3,a0
80400804:	c90d                	beqz	a0,80400836 <proc_spawn+0x98>
80400806:	03400693          	li	a3,52
8040080a:	1870                	add	a2,sp,60
8040080c:	4581                	li	a1,0
8040080e:	0808                	add	a0,sp,16
80400810:	3f1d                	jal	80400746 <image_read>
80400812:	00054963          	bltz	a0,80400824 <proc_spawn+0x86>
80400816:	5772                	lw	a4,60(sp)
80400818:	464c47b7          	lui	a5,0x464c4
8040081c:	57f78793          	add	a5,a5,1407 # 464c457f <_entry-0x39f3ba81>
80400820:	04f70863          	beq	a4,a5,80400870 <proc_spawn+0xd2>
80400824:	5461                	li	s0,-8
80400826:	4542                	lw	a0,16(sp)
80400828:	c119                	beqz	a0,8040082e <proc_spawn+0x90>
8040082a:	487000ef          	jal	804014b0 <iput>
8040082e:	854e                	mv	a0,s3
80400830:	75a010ef          	jal	80401f8a <proc_free>
80400834:	a031                	j	80400840 <proc_spawn+0xa2>
80400836:	4542                	lw	a0,16(sp)
80400838:	c119                	beqz	a0,8040083e <proc_spawn+0xa0>
8040083a:	477000ef          	jal	804014b0 <iput>
8040083e:	5455                	li	s0,-11
80400840:	50fe                	lw	ra,252(sp)
80400842:	8522                	mv	a0,s0
80400844:	546e                	lw	s0,248(sp)
80400846:	54de                	lw	s1,244(sp)
80400848:	594e                	lw	s2,240(sp)
8040084a:	59be                	lw	s3,236(sp)
8040084c:	5a2e                	lw	s4,232(sp)
8040084e:	5a9e                	lw	s5,228(sp)
80400850:	5b0e                	lw	s6,224(sp)
80400852:	4bfe                	lw	s7,220(sp)
80400854:	4c6e                	lw	s8,216(sp)
80400856:	4cde                	lw	s9,212(sp)
80400858:	4d4e                	lw	s10,208(sp)
8040085a:	4dbe                	lw	s11,204(sp)
8040085c:	6111                	add	sp,sp,256
8040085e:	8082                	ret
80400860:	186c                	add	a1,sp,60
80400862:	8526                	mv	a0,s1
80400864:	3391                	jal	804005a8 <fs_lookup>
80400866:	f52d                	bnez	a0,804007d0 <proc_spawn+0x32>
80400868:	5772                	lw	a4,60(sp)
8040086a:	475c                	lw	a5,12(a4)
8040086c:	c83a                	sw	a4,16(sp)
8040086e:	b779                	j	804007fc <proc_spawn+0x5e>
80400870:	04015703          	lhu	a4,64(sp)
80400874:	10100793          	li	a5,257
80400878:	faf716e3          	bne	a4,a5,80400824 <proc_spawn+0x86>
8040087c:	4736                	lw	a4,76(sp)
8040087e:	00f307b7          	lui	a5,0xf30
80400882:	0789                	add	a5,a5,2 # f30002 <_entry-0x7f4cfffe>
80400884:	faf710e3          	bne	a4,a5,80400824 <proc_spawn+0x86>
80400888:	06615703          	lhu	a4,102(sp)
8040088c:	02000793          	li	a5,32
80400890:	f8f71ae3          	bne	a4,a5,80400824 <proc_spawn+0x86>
80400894:	06815783          	lhu	a5,104(sp)
80400898:	473d                	li	a4,15
8040089a:	17fd                	add	a5,a5,-1
8040089c:	07c2                	sll	a5,a5,0x10
8040089e:	83c1                	srl	a5,a5,0x10
804008a0:	f8f762e3          	bltu	a4,a5,80400824 <proc_spawn+0x86>
804008a4:	45e6                	lw	a1,88(sp)
804008a6:	47e2                	lw	a5,24(sp)
804008a8:	f6b7eee3          	bltu	a5,a1,80400824 <proc_spawn+0x86>
804008ac:	c602                	sw	zero,12(sp)
804008ae:	4b81                	li	s7,0
804008b0:	4a85                	li	s5,1
804008b2:	a811                	j	804008c6 <proc_spawn+0x128>
804008b4:	47f2                	lw	a5,28(sp)
804008b6:	0d578763          	beq	a5,s5,80400984 <proc_spawn+0x1e6>
804008ba:	06815783          	lhu	a5,104(sp)
804008be:	0b85                	add	s7,s7,1
804008c0:	02fbf463          	bgeu	s7,a5,804008e8 <proc_spawn+0x14a>
804008c4:	45e6                	lw	a1,88(sp)
804008c6:	005b9793          	sll	a5,s7,0x5
804008ca:	02000693          	li	a3,32
804008ce:	0870                	add	a2,sp,28
804008d0:	95be                	add	a1,a1,a5
804008d2:	0808                	add	a0,sp,16
804008d4:	3d8d                	jal	80400746 <image_read>
804008d6:	842a                	mv	s0,a0
804008d8:	dd71                	beqz	a0,804008b4 <proc_spawn+0x116>
804008da:	f40446e3          	bltz	s0,80400826 <proc_spawn+0x88>
804008de:	06815783          	lhu	a5,104(sp)
804008e2:	0b85                	add	s7,s7,1
804008e4:	fefbe0e3          	bltu	s7,a5,804008c4 <proc_spawn+0x126>
804008e8:	47b2                	lw	a5,12(sp)
804008ea:	df8d                	beqz	a5,80400824 <proc_spawn+0x86>
804008ec:	45d6                	lw	a1,84(sp)
804008ee:	0309a503          	lw	a0,48(s3)
804008f2:	4621                	li	a2,8
804008f4:	732020ef          	jal	80403026 <uvm_kva>
804008f8:	1e050563          	beqz	a0,80400ae2 <proc_spawn+0x344>
804008fc:	4732                	lw	a4,12(sp)
804008fe:	6785                	lui	a5,0x1
80400900:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
80400902:	00f70bb3          	add	s7,a4,a5
80400906:	0309a503          	lw	a0,48(s3)
8040090a:	77fd                	lui	a5,0xfffff
8040090c:	00fbfbb3          	and	s7,s7,a5
80400910:	0379ac23          	sw	s7,56(s3)
80400914:	0379aa23          	sw	s7,52(s3)
80400918:	4699                	li	a3,6
8040091a:	6641                	lui	a2,0x10
8040091c:	0bfe05b7          	lui	a1,0xbfe0
80400920:	4bd6                	lw	s7,84(sp)
80400922:	56c020ef          	jal	80402e8e <uvm_alloc>
80400926:	8b2a                	mv	s6,a0
80400928:	10051c63          	bnez	a0,80400a40 <proc_spawn+0x2a2>
8040092c:	03c10c13          	add	s8,sp,60
80400930:	0bff0ab7          	lui	s5,0xbff0
80400934:	02000d13          	li	s10,32
80400938:	f401fcb7          	lui	s9,0xf401f
8040093c:	a00d                	j	8040095e <proc_spawn+0x1c0>
8040093e:	02a7ee63          	bltu	a5,a0,8040097a <proc_spawn+0x1dc>
80400942:	00092603          	lw	a2,0(s2)
80400946:	0309a503          	lw	a0,48(s3)
8040094a:	0b05                	add	s6,s6,1
8040094c:	0911                	add	s2,s2,4
8040094e:	7de020ef          	jal	8040312c <copyout>
80400952:	015c2023          	sw	s5,0(s8)
80400956:	842a                	mv	s0,a0
80400958:	0c11                	add	s8,s8,4
8040095a:	0e051763          	bnez	a0,80400a48 <proc_spawn+0x2aa>
8040095e:	00092503          	lw	a0,0(s2)
80400962:	c56d                	beqz	a0,80400a4c <proc_spawn+0x2ae>
80400964:	3a5010ef          	jal	80402508 <strlen>
80400968:	0505                	add	a0,a0,1
8040096a:	019a87b3          	add	a5,s5,s9
8040096e:	40aa8ab3          	sub	s5,s5,a0
80400972:	86aa                	mv	a3,a0
80400974:	85d6                	mv	a1,s5
80400976:	fdab14e3          	bne	s6,s10,8040093e <proc_spawn+0x1a0>
8040097a:	4542                	lw	a0,16(sp)
8040097c:	16051963          	bnez	a0,80400aee <proc_spawn+0x350>
80400980:	5429                	li	s0,-22
80400982:	b575                	j	8040082e <proc_spawn+0x90>
80400984:	57c2                	lw	a5,48(sp)
80400986:	db95                	beqz	a5,804008ba <proc_spawn+0x11c>
80400988:	56b2                	lw	a3,44(sp)
8040098a:	0309ab03          	lw	s6,48(s3)
8040098e:	e8d7ebe3          	bltu	a5,a3,80400824 <proc_spawn+0x86>
80400992:	5592                	lw	a1,36(sp)
80400994:	787d                	lui	a6,0xfffff
80400996:	0bfde6b7          	lui	a3,0xbfde
8040099a:	01058633          	add	a2,a1,a6
8040099e:	e8c6e3e3          	bltu	a3,a2,80400824 <proc_spawn+0x86>
804009a2:	0bfdf6b7          	lui	a3,0xbfdf
804009a6:	8e8d                	sub	a3,a3,a1
804009a8:	e6f6eee3          	bltu	a3,a5,80400824 <proc_spawn+0x86>
804009ac:	5552                	lw	a0,52(sp)
804009ae:	00b78633          	add	a2,a5,a1
804009b2:	6785                	lui	a5,0x1
804009b4:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804009b6:	963e                	add	a2,a2,a5
804009b8:	00155693          	srl	a3,a0,0x1
804009bc:	00351793          	sll	a5,a0,0x3
804009c0:	0105f5b3          	and	a1,a1,a6
804009c4:	01067633          	and	a2,a2,a6
804009c8:	8a89                	and	a3,a3,2
804009ca:	8ba1                	and	a5,a5,8
804009cc:	8909                	and	a0,a0,2
804009ce:	8e0d                	sub	a2,a2,a1
804009d0:	8edd                	or	a3,a3,a5
804009d2:	c12d                	beqz	a0,80400a34 <proc_spawn+0x296>
804009d4:	0066e693          	or	a3,a3,6
804009d8:	855a                	mv	a0,s6
804009da:	4b4020ef          	jal	80402e8e <uvm_alloc>
804009de:	6c05                	lui	s8,0x1
804009e0:	842a                	mv	s0,a0
804009e2:	4d01                	li	s10,0
804009e4:	fffc0c93          	add	s9,s8,-1 # fff <_entry-0x803ff001>
804009e8:	cd19                	beqz	a0,80400a06 <proc_spawn+0x268>
804009ea:	a8c5                	j	80400ada <proc_spawn+0x33c>
804009ec:	01b7f363          	bgeu	a5,s11,804009f2 <proc_spawn+0x254>
804009f0:	8dbe                	mv	s11,a5
804009f2:	634020ef          	jal	80403026 <uvm_kva>
804009f6:	5582                	lw	a1,32(sp)
804009f8:	862a                	mv	a2,a0
804009fa:	86ee                	mv	a3,s11
804009fc:	95ea                	add	a1,a1,s10
804009fe:	0808                	add	a0,sp,16
80400a00:	3399                	jal	80400746 <image_read>
80400a02:	9d6e                	add	s10,s10,s11
80400a04:	e91d                	bnez	a0,80400a3a <proc_spawn+0x29c>
80400a06:	5812                	lw	a6,36(sp)
80400a08:	56b2                	lw	a3,44(sp)
80400a0a:	4601                	li	a2,0
80400a0c:	010d05b3          	add	a1,s10,a6
80400a10:	0195f7b3          	and	a5,a1,s9
80400a14:	855a                	mv	a0,s6
80400a16:	41a68db3          	sub	s11,a3,s10
80400a1a:	40fc07b3          	sub	a5,s8,a5
80400a1e:	fcdd67e3          	bltu	s10,a3,804009ec <proc_spawn+0x24e>
80400a22:	57c2                	lw	a5,48(sp)
80400a24:	983e                	add	a6,a6,a5
80400a26:	47b2                	lw	a5,12(sp)
80400a28:	eb07f9e3          	bgeu	a5,a6,804008da <proc_spawn+0x13c>
80400a2c:	c642                	sw	a6,12(sp)
80400a2e:	ea0458e3          	bgez	s0,804008de <proc_spawn+0x140>
80400a32:	bbd5                	j	80400826 <proc_spawn+0x88>
80400a34:	f2d5                	bnez	a3,804009d8 <proc_spawn+0x23a>
80400a36:	4689                	li	a3,2
80400a38:	b745                	j	804009d8 <proc_spawn+0x23a>
80400a3a:	5812                	lw	a6,36(sp)
80400a3c:	842a                	mv	s0,a0
80400a3e:	b7d5                	j	80400a22 <proc_spawn+0x284>
80400a40:	842a                	mv	s0,a0
80400a42:	0bff0ab7          	lui	s5,0xbff0
80400a46:	4b01                	li	s6,0
80400a48:	dc044fe3          	bltz	s0,80400826 <proc_spawn+0x88>
80400a4c:	001b0693          	add	a3,s6,1
80400a50:	002b1713          	sll	a4,s6,0x2
80400a54:	0409a783          	lw	a5,64(s3)
80400a58:	068a                	sll	a3,a3,0x2
80400a5a:	0810                	add	a2,sp,16
80400a5c:	0b070713          	add	a4,a4,176
80400a60:	0309a503          	lw	a0,48(s3)
80400a64:	9732                	add	a4,a4,a2
80400a66:	40da85b3          	sub	a1,s5,a3
80400a6a:	f6072e23          	sw	zero,-132(a4)
80400a6e:	99c1                	and	a1,a1,-16
80400a70:	0367a423          	sw	s6,40(a5)
80400a74:	d7cc                	sw	a1,44(a5)
80400a76:	c78c                	sw	a1,8(a5)
80400a78:	1870                	add	a2,sp,60
80400a7a:	6b2020ef          	jal	8040312c <copyout>
80400a7e:	842a                	mv	s0,a0
80400a80:	4542                	lw	a0,16(sp)
80400a82:	c119                	beqz	a0,80400a88 <proc_spawn+0x2ea>
80400a84:	22d000ef          	jal	804014b0 <iput>
80400a88:	da0443e3          	bltz	s0,8040082e <proc_spawn+0x90>
80400a8c:	0409a783          	lw	a5,64(s3)
80400a90:	85a6                	mv	a1,s1
80400a92:	0977a023          	sw	s7,128(a5)
80400a96:	0004c703          	lbu	a4,0(s1)
80400a9a:	c31d                	beqz	a4,80400ac0 <proc_spawn+0x322>
80400a9c:	02f00693          	li	a3,47
80400aa0:	0014c783          	lbu	a5,1(s1)
80400aa4:	0485                	add	s1,s1,1
80400aa6:	00d70963          	beq	a4,a3,80400ab8 <proc_spawn+0x31a>
80400aaa:	cb99                	beqz	a5,80400ac0 <proc_spawn+0x322>
80400aac:	873e                	mv	a4,a5
80400aae:	0014c783          	lbu	a5,1(s1)
80400ab2:	0485                	add	s1,s1,1
80400ab4:	fed71be3          	bne	a4,a3,80400aaa <proc_spawn+0x30c>
80400ab8:	c781                	beqz	a5,80400ac0 <proc_spawn+0x322>
80400aba:	85a6                	mv	a1,s1
80400abc:	873e                	mv	a4,a5
80400abe:	bfc5                	j	80400aae <proc_spawn+0x310>
80400ac0:	4641                	li	a2,16
80400ac2:	00c98513          	add	a0,s3,12
80400ac6:	2b9010ef          	jal	8040257e <strlcpy_k>
80400aca:	4789                	li	a5,2
80400acc:	0049a403          	lw	s0,4(s3)
80400ad0:	0149a423          	sw	s4,8(s3)
80400ad4:	00f9a023          	sw	a5,0(s3)
80400ad8:	b3a5                	j	80400840 <proc_spawn+0xa2>
80400ada:	5812                	lw	a6,36(sp)
80400adc:	b799                	j	80400a22 <proc_spawn+0x284>
80400ade:	5479                	li	s0,-2
80400ae0:	b385                	j	80400840 <proc_spawn+0xa2>
80400ae2:	4542                	lw	a0,16(sp)
80400ae4:	c119                	beqz	a0,80400aea <proc_spawn+0x34c>
80400ae6:	1cb000ef          	jal	804014b0 <iput>
80400aea:	5461                	li	s0,-8
80400aec:	b389                	j	8040082e <proc_spawn+0x90>
80400aee:	1c3000ef          	jal	804014b0 <iput>
80400af2:	5429                	li	s0,-22
80400af4:	bb2d                	j	8040082e <proc_spawn+0x90>

80400af6 <file_console>:
80400af6:	80427537          	lui	a0,0x80427
80400afa:	00050513          	mv	a0,a0
80400afe:	8082                	ret

80400b00 <file_alloc>:
80400b00:	1141                	add	sp,sp,-16
80400b02:	8046d7b7          	lui	a5,0x8046d
80400b06:	c606                	sw	ra,12(sp)
80400b08:	c422                	sw	s0,8(sp)
80400b0a:	8a478793          	add	a5,a5,-1884 # 8046c8a4 <files+0x4>
80400b0e:	4701                	li	a4,0
80400b10:	08000613          	li	a2,128
80400b14:	a021                	j	80400b1c <file_alloc+0x1c>
80400b16:	0705                	add	a4,a4,1
80400b18:	02c70a63          	beq	a4,a2,80400b4c <file_alloc+0x4c>
80400b1c:	4394                	lw	a3,0(a5)
80400b1e:	07f1                	add	a5,a5,28
80400b20:	fafd                	bnez	a3,80400b16 <file_alloc+0x16>
80400b22:	00371413          	sll	s0,a4,0x3
80400b26:	8c19                	sub	s0,s0,a4
80400b28:	8046d7b7          	lui	a5,0x8046d
80400b2c:	8a078793          	add	a5,a5,-1888 # 8046c8a0 <files>
80400b30:	040a                	sll	s0,s0,0x2
80400b32:	943e                	add	s0,s0,a5
80400b34:	8522                	mv	a0,s0
80400b36:	4671                	li	a2,28
80400b38:	4581                	li	a1,0
80400b3a:	12d010ef          	jal	80402466 <memset>
80400b3e:	4785                	li	a5,1
80400b40:	40b2                	lw	ra,12(sp)
80400b42:	c05c                	sw	a5,4(s0)
80400b44:	8522                	mv	a0,s0
80400b46:	4422                	lw	s0,8(sp)
80400b48:	0141                	add	sp,sp,16
80400b4a:	8082                	ret
80400b4c:	4401                	li	s0,0
80400b4e:	40b2                	lw	ra,12(sp)
80400b50:	8522                	mv	a0,s0
80400b52:	4422                	lw	s0,8(sp)
80400b54:	0141                	add	sp,sp,16
80400b56:	8082                	ret

80400b58 <file_dup>:
80400b58:	4158                	lw	a4,4(a0)
80400b5a:	0705                	add	a4,a4,1
80400b5c:	c158                	sw	a4,4(a0)
80400b5e:	8082                	ret

80400b60 <file_close>:
80400b60:	415c                	lw	a5,4(a0)
80400b62:	1141                	add	sp,sp,-16
80400b64:	c606                	sw	ra,12(sp)
80400b66:	c422                	sw	s0,8(sp)
80400b68:	02f05c63          	blez	a5,80400ba0 <file_close+0x40>
80400b6c:	17fd                	add	a5,a5,-1
80400b6e:	c15c                	sw	a5,4(a0)
80400b70:	842a                	mv	s0,a0
80400b72:	ef89                	bnez	a5,80400b8c <file_close+0x2c>
80400b74:	804277b7          	lui	a5,0x80427
80400b78:	00078793          	mv	a5,a5
80400b7c:	00f50863          	beq	a0,a5,80400b8c <file_close+0x2c>
80400b80:	4118                	lw	a4,0(a0)
80400b82:	4789                	li	a5,2
80400b84:	00f70863          	beq	a4,a5,80400b94 <file_close+0x34>
80400b88:	00042023          	sw	zero,0(s0)
80400b8c:	40b2                	lw	ra,12(sp)
80400b8e:	4422                	lw	s0,8(sp)
80400b90:	0141                	add	sp,sp,16
80400b92:	8082                	ret
80400b94:	4948                	lw	a0,20(a0)
80400b96:	11b000ef          	jal	804014b0 <iput>
80400b9a:	e10ff0ef          	jal	804001aa <bio_flush>
80400b9e:	b7ed                	j	80400b88 <file_close+0x28>
80400ba0:	80405537          	lui	a0,0x80405
80400ba4:	05850513          	add	a0,a0,88 # 80405058 <__udivdi3+0xd54>
80400ba8:	286010ef          	jal	80401e2e <panic>

80400bac <file_read>:
80400bac:	4514                	lw	a3,8(a0)
80400bae:	c2a9                	beqz	a3,80400bf0 <file_read+0x44>
80400bb0:	8732                	mv	a4,a2
80400bb2:	4110                	lw	a2,0(a0)
80400bb4:	1141                	add	sp,sp,-16
80400bb6:	c422                	sw	s0,8(sp)
80400bb8:	c606                	sw	ra,12(sp)
80400bba:	4685                	li	a3,1
80400bbc:	842a                	mv	s0,a0
80400bbe:	87ae                	mv	a5,a1
80400bc0:	02d60163          	beq	a2,a3,80400be2 <file_read+0x36>
80400bc4:	4d14                	lw	a3,24(a0)
80400bc6:	4948                	lw	a0,20(a0)
80400bc8:	862e                	mv	a2,a1
80400bca:	4585                	li	a1,1
80400bcc:	229000ef          	jal	804015f4 <readi>
80400bd0:	00a05563          	blez	a0,80400bda <file_read+0x2e>
80400bd4:	4c1c                	lw	a5,24(s0)
80400bd6:	97aa                	add	a5,a5,a0
80400bd8:	cc1c                	sw	a5,24(s0)
80400bda:	40b2                	lw	ra,12(sp)
80400bdc:	4422                	lw	s0,8(sp)
80400bde:	0141                	add	sp,sp,16
80400be0:	8082                	ret
80400be2:	4422                	lw	s0,8(sp)
80400be4:	40b2                	lw	ra,12(sp)
80400be6:	85ba                	mv	a1,a4
80400be8:	853e                	mv	a0,a5
80400bea:	0141                	add	sp,sp,16
80400bec:	e8aff06f          	j	80400276 <console_read>
80400bf0:	555d                	li	a0,-9
80400bf2:	8082                	ret

80400bf4 <file_write>:
80400bf4:	4554                	lw	a3,12(a0)
80400bf6:	c6b1                	beqz	a3,80400c42 <file_write+0x4e>
80400bf8:	8732                	mv	a4,a2
80400bfa:	4110                	lw	a2,0(a0)
80400bfc:	1141                	add	sp,sp,-16
80400bfe:	c422                	sw	s0,8(sp)
80400c00:	c606                	sw	ra,12(sp)
80400c02:	4685                	li	a3,1
80400c04:	842a                	mv	s0,a0
80400c06:	87ae                	mv	a5,a1
80400c08:	02d60663          	beq	a2,a3,80400c34 <file_write+0x40>
80400c0c:	4914                	lw	a3,16(a0)
80400c0e:	4948                	lw	a0,20(a0)
80400c10:	ee99                	bnez	a3,80400c2e <file_write+0x3a>
80400c12:	4c14                	lw	a3,24(s0)
80400c14:	863e                	mv	a2,a5
80400c16:	4585                	li	a1,1
80400c18:	2b1000ef          	jal	804016c8 <writei>
80400c1c:	00a05563          	blez	a0,80400c26 <file_write+0x32>
80400c20:	4c1c                	lw	a5,24(s0)
80400c22:	97aa                	add	a5,a5,a0
80400c24:	cc1c                	sw	a5,24(s0)
80400c26:	40b2                	lw	ra,12(sp)
80400c28:	4422                	lw	s0,8(sp)
80400c2a:	0141                	add	sp,sp,16
80400c2c:	8082                	ret
80400c2e:	4554                	lw	a3,12(a0)
80400c30:	cc14                	sw	a3,24(s0)
80400c32:	b7cd                	j	80400c14 <file_write+0x20>
80400c34:	4422                	lw	s0,8(sp)
80400c36:	40b2                	lw	ra,12(sp)
80400c38:	85ba                	mv	a1,a4
80400c3a:	853e                	mv	a0,a5
80400c3c:	0141                	add	sp,sp,16
80400c3e:	ef0ff06f          	j	8040032e <console_write>
80400c42:	555d                	li	a0,-9
80400c44:	8082                	ret

80400c46 <file_seek>:
80400c46:	411c                	lw	a5,0(a0)
80400c48:	4709                	li	a4,2
80400c4a:	02e79963          	bne	a5,a4,80400c7c <file_seek+0x36>
80400c4e:	c21d                	beqz	a2,80400c74 <file_seek+0x2e>
80400c50:	4705                	li	a4,1
80400c52:	02e60363          	beq	a2,a4,80400c78 <file_seek+0x32>
80400c56:	02f61363          	bne	a2,a5,80400c7c <file_seek+0x36>
80400c5a:	495c                	lw	a5,20(a0)
80400c5c:	47dc                	lw	a5,12(a5)
80400c5e:	97ae                	add	a5,a5,a1
80400c60:	00b7b733          	sltu	a4,a5,a1
80400c64:	81fd                	srl	a1,a1,0x1f
80400c66:	00e59b63          	bne	a1,a4,80400c7c <file_seek+0x36>
80400c6a:	0007c963          	bltz	a5,80400c7c <file_seek+0x36>
80400c6e:	cd1c                	sw	a5,24(a0)
80400c70:	853e                	mv	a0,a5
80400c72:	8082                	ret
80400c74:	4781                	li	a5,0
80400c76:	b7e5                	j	80400c5e <file_seek+0x18>
80400c78:	4d1c                	lw	a5,24(a0)
80400c7a:	b7d5                	j	80400c5e <file_seek+0x18>
80400c7c:	5529                	li	a0,-22
80400c7e:	8082                	ret

80400c80 <bfree>:
80400c80:	804707b7          	lui	a5,0x80470
80400c84:	8a078793          	add	a5,a5,-1888 # 8046f8a0 <sb>
80400c88:	5398                	lw	a4,32(a5)
80400c8a:	1101                	add	sp,sp,-32
80400c8c:	c84a                	sw	s2,16(sp)
80400c8e:	ce06                	sw	ra,28(sp)
80400c90:	cc22                	sw	s0,24(sp)
80400c92:	ca26                	sw	s1,20(sp)
80400c94:	c64e                	sw	s3,12(sp)
80400c96:	892a                	mv	s2,a0
80400c98:	04e56d63          	bltu	a0,a4,80400cf2 <bfree+0x72>
80400c9c:	4798                	lw	a4,8(a5)
80400c9e:	04e57a63          	bgeu	a0,a4,80400cf2 <bfree+0x72>
80400ca2:	4b98                	lw	a4,16(a5)
80400ca4:	4485                	li	s1,1
80400ca6:	00757793          	and	a5,a0,7
80400caa:	813d                	srl	a0,a0,0xf
80400cac:	00f494b3          	sll	s1,s1,a5
80400cb0:	953a                	add	a0,a0,a4
80400cb2:	01191793          	sll	a5,s2,0x11
80400cb6:	0147d413          	srl	s0,a5,0x14
80400cba:	c54ff0ef          	jal	8040010e <bread>
80400cbe:	008507b3          	add	a5,a0,s0
80400cc2:	0187c703          	lbu	a4,24(a5)
80400cc6:	0ff4f493          	zext.b	s1,s1
80400cca:	89aa                	mv	s3,a0
80400ccc:	009776b3          	and	a3,a4,s1
80400cd0:	ca85                	beqz	a3,80400d00 <bfree+0x80>
80400cd2:	fff4c493          	not	s1,s1
80400cd6:	8f65                	and	a4,a4,s1
80400cd8:	00e78c23          	sb	a4,24(a5)
80400cdc:	c92ff0ef          	jal	8040016e <bdirty>
80400ce0:	4462                	lw	s0,24(sp)
80400ce2:	40f2                	lw	ra,28(sp)
80400ce4:	44d2                	lw	s1,20(sp)
80400ce6:	4942                	lw	s2,16(sp)
80400ce8:	854e                	mv	a0,s3
80400cea:	49b2                	lw	s3,12(sp)
80400cec:	6105                	add	sp,sp,32
80400cee:	c86ff06f          	j	80400174 <brelse>
80400cf2:	80405537          	lui	a0,0x80405
80400cf6:	85ca                	mv	a1,s2
80400cf8:	07050513          	add	a0,a0,112 # 80405070 <__udivdi3+0xd6c>
80400cfc:	132010ef          	jal	80401e2e <panic>
80400d00:	80405537          	lui	a0,0x80405
80400d04:	85ca                	mv	a1,s2
80400d06:	09850513          	add	a0,a0,152 # 80405098 <__udivdi3+0xd94>
80400d0a:	124010ef          	jal	80401e2e <panic>

80400d0e <trim_indirect>:
80400d0e:	7179                	add	sp,sp,-48
80400d10:	ce4e                	sw	s3,28(sp)
80400d12:	cc52                	sw	s4,24(sp)
80400d14:	c85a                	sw	s6,16(sp)
80400d16:	c65e                	sw	s7,12(sp)
80400d18:	c266                	sw	s9,4(sp)
80400d1a:	d606                	sw	ra,44(sp)
80400d1c:	d422                	sw	s0,40(sp)
80400d1e:	d226                	sw	s1,36(sp)
80400d20:	d04a                	sw	s2,32(sp)
80400d22:	ca56                	sw	s5,20(sp)
80400d24:	c462                	sw	s8,8(sp)
80400d26:	c06a                	sw	s10,0(sp)
80400d28:	4785                	li	a5,1
80400d2a:	8cb2                	mv	s9,a2
80400d2c:	8baa                	mv	s7,a0
80400d2e:	8b2e                	mv	s6,a1
80400d30:	89b6                	mv	s3,a3
80400d32:	4a05                	li	s4,1
80400d34:	00f60463          	beq	a2,a5,80400d3c <trim_indirect+0x2e>
80400d38:	40000a13          	li	s4,1024
80400d3c:	855e                	mv	a0,s7
80400d3e:	6a85                	lui	s5,0x1
80400d40:	bceff0ef          	jal	8040010e <bread>
80400d44:	0ae1                	add	s5,s5,24 # 1018 <_entry-0x803fefe8>
80400d46:	8c2a                	mv	s8,a0
80400d48:	01850413          	add	s0,a0,24
80400d4c:	9aaa                	add	s5,s5,a0
80400d4e:	84da                	mv	s1,s6
80400d50:	4d05                	li	s10,1
80400d52:	4008                	lw	a0,0(s0)
80400d54:	009a0933          	add	s2,s4,s1
80400d58:	cd01                	beqz	a0,80400d70 <trim_indirect+0x62>
80400d5a:	0129fb63          	bgeu	s3,s2,80400d70 <trim_indirect+0x62>
80400d5e:	86ce                	mv	a3,s3
80400d60:	fffc8613          	add	a2,s9,-1 # f401efff <kernel_end+0x73b1ffff>
80400d64:	85a6                	mv	a1,s1
80400d66:	03ac8c63          	beq	s9,s10,80400d9e <trim_indirect+0x90>
80400d6a:	3755                	jal	80400d0e <trim_indirect>
80400d6c:	0334fc63          	bgeu	s1,s3,80400da4 <trim_indirect+0x96>
80400d70:	0411                	add	s0,s0,4
80400d72:	84ca                	mv	s1,s2
80400d74:	fd541fe3          	bne	s0,s5,80400d52 <trim_indirect+0x44>
80400d78:	8562                	mv	a0,s8
80400d7a:	bfaff0ef          	jal	80400174 <brelse>
80400d7e:	033b7963          	bgeu	s6,s3,80400db0 <trim_indirect+0xa2>
80400d82:	50b2                	lw	ra,44(sp)
80400d84:	5422                	lw	s0,40(sp)
80400d86:	5492                	lw	s1,36(sp)
80400d88:	5902                	lw	s2,32(sp)
80400d8a:	49f2                	lw	s3,28(sp)
80400d8c:	4a62                	lw	s4,24(sp)
80400d8e:	4ad2                	lw	s5,20(sp)
80400d90:	4b42                	lw	s6,16(sp)
80400d92:	4bb2                	lw	s7,12(sp)
80400d94:	4c22                	lw	s8,8(sp)
80400d96:	4c92                	lw	s9,4(sp)
80400d98:	4d02                	lw	s10,0(sp)
80400d9a:	6145                	add	sp,sp,48
80400d9c:	8082                	ret
80400d9e:	35cd                	jal	80400c80 <bfree>
80400da0:	fd34e8e3          	bltu	s1,s3,80400d70 <trim_indirect+0x62>
80400da4:	00042023          	sw	zero,0(s0)
80400da8:	8562                	mv	a0,s8
80400daa:	bc4ff0ef          	jal	8040016e <bdirty>
80400dae:	b7c9                	j	80400d70 <trim_indirect+0x62>
80400db0:	5422                	lw	s0,40(sp)
80400db2:	50b2                	lw	ra,44(sp)
80400db4:	5492                	lw	s1,36(sp)
80400db6:	5902                	lw	s2,32(sp)
80400db8:	49f2                	lw	s3,28(sp)
80400dba:	4a62                	lw	s4,24(sp)
80400dbc:	4ad2                	lw	s5,20(sp)
80400dbe:	4b42                	lw	s6,16(sp)
80400dc0:	4c22                	lw	s8,8(sp)
80400dc2:	4c92                	lw	s9,4(sp)
80400dc4:	4d02                	lw	s10,0(sp)
80400dc6:	855e                	mv	a0,s7
80400dc8:	4bb2                	lw	s7,12(sp)
80400dca:	6145                	add	sp,sp,48
80400dcc:	bd55                	j	80400c80 <bfree>

80400dce <iget.part.0>:
80400dce:	1141                	add	sp,sp,-16
80400dd0:	8046e7b7          	lui	a5,0x8046e
80400dd4:	c422                	sw	s0,8(sp)
80400dd6:	c226                	sw	s1,4(sp)
80400dd8:	c606                	sw	ra,12(sp)
80400dda:	84aa                	mv	s1,a0
80400ddc:	4401                	li	s0,0
80400dde:	6a078513          	add	a0,a5,1696 # 8046e6a0 <inodes>
80400de2:	4701                	li	a4,0
80400de4:	6a078793          	add	a5,a5,1696
80400de8:	04000593          	li	a1,64
80400dec:	a809                	j	80400dfe <iget.part.0+0x30>
80400dee:	4390                	lw	a2,0(a5)
80400df0:	08960263          	beq	a2,s1,80400e74 <iget.part.0+0xa6>
80400df4:	0705                	add	a4,a4,1
80400df6:	04878793          	add	a5,a5,72
80400dfa:	00b70d63          	beq	a4,a1,80400e14 <iget.part.0+0x46>
80400dfe:	43d4                	lw	a3,4(a5)
80400e00:	fed047e3          	bgtz	a3,80400dee <iget.part.0+0x20>
80400e04:	f865                	bnez	s0,80400df4 <iget.part.0+0x26>
80400e06:	f6fd                	bnez	a3,80400df4 <iget.part.0+0x26>
80400e08:	0705                	add	a4,a4,1
80400e0a:	843e                	mv	s0,a5
80400e0c:	04878793          	add	a5,a5,72
80400e10:	feb717e3          	bne	a4,a1,80400dfe <iget.part.0+0x30>
80400e14:	c43d                	beqz	s0,80400e82 <iget.part.0+0xb4>
80400e16:	804707b7          	lui	a5,0x80470
80400e1a:	8b87a783          	lw	a5,-1864(a5) # 8046f8b8 <sb+0x18>
80400e1e:	0064d513          	srl	a0,s1,0x6
80400e22:	953e                	add	a0,a0,a5
80400e24:	aeaff0ef          	jal	8040010e <bread>
80400e28:	03f4f793          	and	a5,s1,63
80400e2c:	00679693          	sll	a3,a5,0x6
80400e30:	96aa                	add	a3,a3,a0
80400e32:	01868793          	add	a5,a3,24 # bfdf018 <_entry-0x74420fe8>
80400e36:	00840713          	add	a4,s0,8
80400e3a:	05868693          	add	a3,a3,88
80400e3e:	0007a883          	lw	a7,0(a5)
80400e42:	0047a803          	lw	a6,4(a5)
80400e46:	478c                	lw	a1,8(a5)
80400e48:	47d0                	lw	a2,12(a5)
80400e4a:	01172023          	sw	a7,0(a4)
80400e4e:	01072223          	sw	a6,4(a4)
80400e52:	c70c                	sw	a1,8(a4)
80400e54:	c750                	sw	a2,12(a4)
80400e56:	07c1                	add	a5,a5,16
80400e58:	0741                	add	a4,a4,16
80400e5a:	fed792e3          	bne	a5,a3,80400e3e <iget.part.0+0x70>
80400e5e:	b16ff0ef          	jal	80400174 <brelse>
80400e62:	4785                	li	a5,1
80400e64:	c004                	sw	s1,0(s0)
80400e66:	40b2                	lw	ra,12(sp)
80400e68:	c05c                	sw	a5,4(s0)
80400e6a:	8522                	mv	a0,s0
80400e6c:	4422                	lw	s0,8(sp)
80400e6e:	4492                	lw	s1,4(sp)
80400e70:	0141                	add	sp,sp,16
80400e72:	8082                	ret
80400e74:	00371413          	sll	s0,a4,0x3
80400e78:	943a                	add	s0,s0,a4
80400e7a:	040e                	sll	s0,s0,0x3
80400e7c:	942a                	add	s0,s0,a0
80400e7e:	0685                	add	a3,a3,1
80400e80:	c054                	sw	a3,4(s0)
80400e82:	40b2                	lw	ra,12(sp)
80400e84:	8522                	mv	a0,s0
80400e86:	4422                	lw	s0,8(sp)
80400e88:	4492                	lw	s1,4(sp)
80400e8a:	0141                	add	sp,sp,16
80400e8c:	8082                	ret

80400e8e <balloc>:
80400e8e:	7179                	add	sp,sp,-48
80400e90:	d04a                	sw	s2,32(sp)
80400e92:	80470937          	lui	s2,0x80470
80400e96:	8a090913          	add	s2,s2,-1888 # 8046f8a0 <sb>
80400e9a:	02092783          	lw	a5,32(s2)
80400e9e:	00892703          	lw	a4,8(s2)
80400ea2:	ce4e                	sw	s3,28(sp)
80400ea4:	d606                	sw	ra,44(sp)
80400ea6:	d422                	sw	s0,40(sp)
80400ea8:	d226                	sw	s1,36(sp)
80400eaa:	cc52                	sw	s4,24(sp)
80400eac:	ca56                	sw	s5,20(sp)
80400eae:	c85a                	sw	s6,16(sp)
80400eb0:	c65e                	sw	s7,12(sp)
80400eb2:	c462                	sw	s8,8(sp)
80400eb4:	c266                	sw	s9,4(sp)
80400eb6:	40f709b3          	sub	s3,a4,a5
80400eba:	08f70963          	beq	a4,a5,80400f4c <balloc+0xbe>
80400ebe:	6a05                	lui	s4,0x1
80400ec0:	4c81                	li	s9,0
80400ec2:	80427ab7          	lui	s5,0x80427
80400ec6:	1a7d                	add	s4,s4,-1 # fff <_entry-0x803ff001>
80400ec8:	4b05                	li	s6,1
80400eca:	a039                	j	80400ed8 <balloc+0x4a>
80400ecc:	aa8ff0ef          	jal	80400174 <brelse>
80400ed0:	07998e63          	beq	s3,s9,80400f4c <balloc+0xbe>
80400ed4:	02092783          	lw	a5,32(s2)
80400ed8:	024aa403          	lw	s0,36(s5) # 80427024 <alloc_hint>
80400edc:	01092703          	lw	a4,16(s2)
80400ee0:	9466                	add	s0,s0,s9
80400ee2:	8c1d                	sub	s0,s0,a5
80400ee4:	03347433          	remu	s0,s0,s3
80400ee8:	0c85                	add	s9,s9,1
80400eea:	943e                	add	s0,s0,a5
80400eec:	00f45513          	srl	a0,s0,0xf
80400ef0:	00345793          	srl	a5,s0,0x3
80400ef4:	953a                	add	a0,a0,a4
80400ef6:	0147f4b3          	and	s1,a5,s4
80400efa:	a14ff0ef          	jal	8040010e <bread>
80400efe:	009507b3          	add	a5,a0,s1
80400f02:	0187c703          	lbu	a4,24(a5)
80400f06:	00747b93          	and	s7,s0,7
80400f0a:	017b1bb3          	sll	s7,s6,s7
80400f0e:	0ffbfb93          	zext.b	s7,s7
80400f12:	017776b3          	and	a3,a4,s7
80400f16:	8c2a                	mv	s8,a0
80400f18:	fad5                	bnez	a3,80400ecc <balloc+0x3e>
80400f1a:	01776733          	or	a4,a4,s7
80400f1e:	00e78c23          	sb	a4,24(a5)
80400f22:	a4cff0ef          	jal	8040016e <bdirty>
80400f26:	8562                	mv	a0,s8
80400f28:	a4cff0ef          	jal	80400174 <brelse>
80400f2c:	8522                	mv	a0,s0
80400f2e:	a1cff0ef          	jal	8040014a <bclear>
80400f32:	a42ff0ef          	jal	80400174 <brelse>
80400f36:	00892703          	lw	a4,8(s2)
80400f3a:	00140793          	add	a5,s0,1
80400f3e:	00e7e463          	bltu	a5,a4,80400f46 <balloc+0xb8>
80400f42:	02092783          	lw	a5,32(s2)
80400f46:	02faa223          	sw	a5,36(s5)
80400f4a:	a011                	j	80400f4e <balloc+0xc0>
80400f4c:	4401                	li	s0,0
80400f4e:	50b2                	lw	ra,44(sp)
80400f50:	8522                	mv	a0,s0
80400f52:	5422                	lw	s0,40(sp)
80400f54:	5492                	lw	s1,36(sp)
80400f56:	5902                	lw	s2,32(sp)
80400f58:	49f2                	lw	s3,28(sp)
80400f5a:	4a62                	lw	s4,24(sp)
80400f5c:	4ad2                	lw	s5,20(sp)
80400f5e:	4b42                	lw	s6,16(sp)
80400f60:	4bb2                	lw	s7,12(sp)
80400f62:	4c22                	lw	s8,8(sp)
80400f64:	4c92                	lw	s9,4(sp)
80400f66:	6145                	add	sp,sp,48
80400f68:	8082                	ret

80400f6a <bmap>:
80400f6a:	1101                	add	sp,sp,-32
80400f6c:	cc22                	sw	s0,24(sp)
80400f6e:	ca26                	sw	s1,20(sp)
80400f70:	c84a                	sw	s2,16(sp)
80400f72:	ce06                	sw	ra,28(sp)
80400f74:	c64e                	sw	s3,12(sp)
80400f76:	c452                	sw	s4,8(sp)
80400f78:	47ad                	li	a5,11
80400f7a:	842e                	mv	s0,a1
80400f7c:	84aa                	mv	s1,a0
80400f7e:	8932                	mv	s2,a2
80400f80:	0cb7f163          	bgeu	a5,a1,80401042 <bmap+0xd8>
80400f84:	ff458993          	add	s3,a1,-12 # bfdfff4 <_entry-0x7442000c>
80400f88:	3ff00793          	li	a5,1023
80400f8c:	0f37f963          	bgeu	a5,s3,8040107e <bmap+0x114>
80400f90:	4168                	lw	a0,68(a0)
80400f92:	ed01                	bnez	a0,80400faa <bmap+0x40>
80400f94:	ee1d                	bnez	a2,80400fd2 <bmap+0x68>
80400f96:	4401                	li	s0,0
80400f98:	40f2                	lw	ra,28(sp)
80400f9a:	8522                	mv	a0,s0
80400f9c:	4462                	lw	s0,24(sp)
80400f9e:	44d2                	lw	s1,20(sp)
80400fa0:	4942                	lw	s2,16(sp)
80400fa2:	49b2                	lw	s3,12(sp)
80400fa4:	4a22                	lw	s4,8(sp)
80400fa6:	6105                	add	sp,sp,32
80400fa8:	8082                	ret
80400faa:	964ff0ef          	jal	8040010e <bread>
80400fae:	bf440413          	add	s0,s0,-1036
80400fb2:	00a45793          	srl	a5,s0,0xa
80400fb6:	01850993          	add	s3,a0,24
80400fba:	078a                	sll	a5,a5,0x2
80400fbc:	99be                	add	s3,s3,a5
80400fbe:	0009aa03          	lw	s4,0(s3)
80400fc2:	84aa                	mv	s1,a0
80400fc4:	080a1a63          	bnez	s4,80401058 <bmap+0xee>
80400fc8:	02091763          	bnez	s2,80400ff6 <bmap+0x8c>
80400fcc:	9a8ff0ef          	jal	80400174 <brelse>
80400fd0:	b7d9                	j	80400f96 <bmap+0x2c>
80400fd2:	3d75                	jal	80400e8e <balloc>
80400fd4:	c0e8                	sw	a0,68(s1)
80400fd6:	d161                	beqz	a0,80400f96 <bmap+0x2c>
80400fd8:	936ff0ef          	jal	8040010e <bread>
80400fdc:	bf440413          	add	s0,s0,-1036
80400fe0:	00a45793          	srl	a5,s0,0xa
80400fe4:	01850993          	add	s3,a0,24
80400fe8:	078a                	sll	a5,a5,0x2
80400fea:	99be                	add	s3,s3,a5
80400fec:	0009aa03          	lw	s4,0(s3)
80400ff0:	84aa                	mv	s1,a0
80400ff2:	060a1363          	bnez	s4,80401058 <bmap+0xee>
80400ff6:	3d61                	jal	80400e8e <balloc>
80400ff8:	892a                	mv	s2,a0
80400ffa:	8526                	mv	a0,s1
80400ffc:	fc0908e3          	beqz	s2,80400fcc <bmap+0x62>
80401000:	0129a023          	sw	s2,0(s3)
80401004:	96aff0ef          	jal	8040016e <bdirty>
80401008:	8526                	mv	a0,s1
8040100a:	96aff0ef          	jal	80400174 <brelse>
8040100e:	854a                	mv	a0,s2
80401010:	8feff0ef          	jal	8040010e <bread>
80401014:	3ff47413          	and	s0,s0,1023
80401018:	00241793          	sll	a5,s0,0x2
8040101c:	01850993          	add	s3,a0,24
80401020:	99be                	add	s3,s3,a5
80401022:	0009a403          	lw	s0,0(s3)
80401026:	84aa                	mv	s1,a0
80401028:	e809                	bnez	s0,8040103a <bmap+0xd0>
8040102a:	3595                	jal	80400e8e <balloc>
8040102c:	842a                	mv	s0,a0
8040102e:	c511                	beqz	a0,8040103a <bmap+0xd0>
80401030:	00a9a023          	sw	a0,0(s3)
80401034:	8526                	mv	a0,s1
80401036:	938ff0ef          	jal	8040016e <bdirty>
8040103a:	8526                	mv	a0,s1
8040103c:	938ff0ef          	jal	80400174 <brelse>
80401040:	bfa1                	j	80400f98 <bmap+0x2e>
80401042:	00259413          	sll	s0,a1,0x2
80401046:	008504b3          	add	s1,a0,s0
8040104a:	4880                	lw	s0,16(s1)
8040104c:	f431                	bnez	s0,80400f98 <bmap+0x2e>
8040104e:	d629                	beqz	a2,80400f98 <bmap+0x2e>
80401050:	3d3d                	jal	80400e8e <balloc>
80401052:	842a                	mv	s0,a0
80401054:	c888                	sw	a0,16(s1)
80401056:	b789                	j	80400f98 <bmap+0x2e>
80401058:	8526                	mv	a0,s1
8040105a:	91aff0ef          	jal	80400174 <brelse>
8040105e:	8552                	mv	a0,s4
80401060:	8aeff0ef          	jal	8040010e <bread>
80401064:	3ff47413          	and	s0,s0,1023
80401068:	040a                	sll	s0,s0,0x2
8040106a:	01850993          	add	s3,a0,24
8040106e:	99a2                	add	s3,s3,s0
80401070:	0009a403          	lw	s0,0(s3)
80401074:	84aa                	mv	s1,a0
80401076:	f071                	bnez	s0,8040103a <bmap+0xd0>
80401078:	fc0901e3          	beqz	s2,8040103a <bmap+0xd0>
8040107c:	b77d                	j	8040102a <bmap+0xc0>
8040107e:	4128                	lw	a0,64(a0)
80401080:	cd11                	beqz	a0,8040109c <bmap+0x132>
80401082:	88cff0ef          	jal	8040010e <bread>
80401086:	01850793          	add	a5,a0,24
8040108a:	098a                	sll	s3,s3,0x2
8040108c:	99be                	add	s3,s3,a5
8040108e:	0009a403          	lw	s0,0(s3)
80401092:	84aa                	mv	s1,a0
80401094:	f05d                	bnez	s0,8040103a <bmap+0xd0>
80401096:	fa0902e3          	beqz	s2,8040103a <bmap+0xd0>
8040109a:	bf41                	j	8040102a <bmap+0xc0>
8040109c:	ee060de3          	beqz	a2,80400f96 <bmap+0x2c>
804010a0:	33fd                	jal	80400e8e <balloc>
804010a2:	c0a8                	sw	a0,64(s1)
804010a4:	ee0509e3          	beqz	a0,80400f96 <bmap+0x2c>
804010a8:	866ff0ef          	jal	8040010e <bread>
804010ac:	01850793          	add	a5,a0,24
804010b0:	098a                	sll	s3,s3,0x2
804010b2:	99be                	add	s3,s3,a5
804010b4:	0009a403          	lw	s0,0(s3)
804010b8:	84aa                	mv	s1,a0
804010ba:	d825                	beqz	s0,8040102a <bmap+0xc0>
804010bc:	bfbd                	j	8040103a <bmap+0xd0>

804010be <fs_init>:
804010be:	1141                	add	sp,sp,-16
804010c0:	4501                	li	a0,0
804010c2:	c606                	sw	ra,12(sp)
804010c4:	c422                	sw	s0,8(sp)
804010c6:	c226                	sw	s1,4(sp)
804010c8:	80470437          	lui	s0,0x80470
804010cc:	842ff0ef          	jal	8040010e <bread>
804010d0:	01850593          	add	a1,a0,24
804010d4:	02400613          	li	a2,36
804010d8:	84aa                	mv	s1,a0
804010da:	8a040513          	add	a0,s0,-1888 # 8046f8a0 <sb>
804010de:	3ca010ef          	jal	804024a8 <memcpy>
804010e2:	8526                	mv	a0,s1
804010e4:	890ff0ef          	jal	80400174 <brelse>
804010e8:	36a020ef          	jal	80403452 <disk_capacity>
804010ec:	8a040793          	add	a5,s0,-1888
804010f0:	4394                	lw	a3,0(a5)
804010f2:	53466737          	lui	a4,0x53466
804010f6:	84570713          	add	a4,a4,-1979 # 53465845 <_entry-0x2cf9a7bb>
804010fa:	08e69363          	bne	a3,a4,80401180 <fs_init+0xc2>
804010fe:	43cc                	lw	a1,4(a5)
80401100:	4705                	li	a4,1
80401102:	06e59f63          	bne	a1,a4,80401180 <fs_init+0xc2>
80401106:	4790                	lw	a2,8(a5)
80401108:	810d                	srl	a0,a0,0x3
8040110a:	06c56b63          	bltu	a0,a2,80401180 <fs_init+0xc2>
8040110e:	4b98                	lw	a4,16(a5)
80401110:	cb25                	beqz	a4,80401180 <fs_init+0xc2>
80401112:	4bc8                	lw	a0,20(a5)
80401114:	00f51693          	sll	a3,a0,0xf
80401118:	06c6e463          	bltu	a3,a2,80401180 <fs_init+0xc2>
8040111c:	4f94                	lw	a3,24(a5)
8040111e:	972a                	add	a4,a4,a0
80401120:	06e6e063          	bltu	a3,a4,80401180 <fs_init+0xc2>
80401124:	4fc8                	lw	a0,28(a5)
80401126:	47d8                	lw	a4,12(a5)
80401128:	00651813          	sll	a6,a0,0x6
8040112c:	04e86a63          	bltu	a6,a4,80401180 <fs_init+0xc2>
80401130:	04e5f863          	bgeu	a1,a4,80401180 <fs_init+0xc2>
80401134:	539c                	lw	a5,32(a5)
80401136:	96aa                	add	a3,a3,a0
80401138:	04d7e463          	bltu	a5,a3,80401180 <fs_init+0xc2>
8040113c:	04f66263          	bltu	a2,a5,80401180 <fs_init+0xc2>
80401140:	80427737          	lui	a4,0x80427
80401144:	4505                	li	a0,1
80401146:	02f72223          	sw	a5,36(a4) # 80427024 <alloc_hint>
8040114a:	3151                	jal	80400dce <iget.part.0>
8040114c:	804277b7          	lui	a5,0x80427
80401150:	02a7a423          	sw	a0,40(a5) # 80427028 <root>
80401154:	c105                	beqz	a0,80401174 <fs_init+0xb6>
80401156:	00855703          	lhu	a4,8(a0)
8040115a:	4789                	li	a5,2
8040115c:	00f71c63          	bne	a4,a5,80401174 <fs_init+0xb6>
80401160:	40b2                	lw	ra,12(sp)
80401162:	4422                	lw	s0,8(sp)
80401164:	804277b7          	lui	a5,0x80427
80401168:	4705                	li	a4,1
8040116a:	02e7a623          	sw	a4,44(a5) # 8042702c <mounted>
8040116e:	4492                	lw	s1,4(sp)
80401170:	0141                	add	sp,sp,16
80401172:	8082                	ret
80401174:	80405537          	lui	a0,0x80405
80401178:	0e450513          	add	a0,a0,228 # 804050e4 <__udivdi3+0xde0>
8040117c:	4b3000ef          	jal	80401e2e <panic>
80401180:	80405537          	lui	a0,0x80405
80401184:	0b850513          	add	a0,a0,184 # 804050b8 <__udivdi3+0xdb4>
80401188:	4a7000ef          	jal	80401e2e <panic>

8040118c <fs_mounted>:
8040118c:	804277b7          	lui	a5,0x80427
80401190:	02c7a503          	lw	a0,44(a5) # 8042702c <mounted>
80401194:	8082                	ret

80401196 <fs_root>:
80401196:	804277b7          	lui	a5,0x80427
8040119a:	0287a503          	lw	a0,40(a5) # 80427028 <root>
8040119e:	8082                	ret

804011a0 <iupdate>:
804011a0:	1141                	add	sp,sp,-16
804011a2:	c422                	sw	s0,8(sp)
804011a4:	804707b7          	lui	a5,0x80470
804011a8:	4100                	lw	s0,0(a0)
804011aa:	8b87a783          	lw	a5,-1864(a5) # 8046f8b8 <sb+0x18>
804011ae:	c226                	sw	s1,4(sp)
804011b0:	84aa                	mv	s1,a0
804011b2:	00645513          	srl	a0,s0,0x6
804011b6:	953e                	add	a0,a0,a5
804011b8:	03f47413          	and	s0,s0,63
804011bc:	c04a                	sw	s2,0(sp)
804011be:	c606                	sw	ra,12(sp)
804011c0:	041a                	sll	s0,s0,0x6
804011c2:	f4dfe0ef          	jal	8040010e <bread>
804011c6:	008507b3          	add	a5,a0,s0
804011ca:	00848713          	add	a4,s1,8
804011ce:	892a                	mv	s2,a0
804011d0:	07e1                	add	a5,a5,24
804011d2:	04848493          	add	s1,s1,72
804011d6:	4308                	lw	a0,0(a4)
804011d8:	434c                	lw	a1,4(a4)
804011da:	4710                	lw	a2,8(a4)
804011dc:	4754                	lw	a3,12(a4)
804011de:	c388                	sw	a0,0(a5)
804011e0:	c3cc                	sw	a1,4(a5)
804011e2:	c790                	sw	a2,8(a5)
804011e4:	c7d4                	sw	a3,12(a5)
804011e6:	0741                	add	a4,a4,16
804011e8:	07c1                	add	a5,a5,16
804011ea:	fe9716e3          	bne	a4,s1,804011d6 <iupdate+0x36>
804011ee:	854a                	mv	a0,s2
804011f0:	f7ffe0ef          	jal	8040016e <bdirty>
804011f4:	4422                	lw	s0,8(sp)
804011f6:	40b2                	lw	ra,12(sp)
804011f8:	4492                	lw	s1,4(sp)
804011fa:	854a                	mv	a0,s2
804011fc:	4902                	lw	s2,0(sp)
804011fe:	0141                	add	sp,sp,16
80401200:	f75fe06f          	j	80400174 <brelse>

80401204 <trim_blocks>:
80401204:	7179                	add	sp,sp,-48
80401206:	d04a                	sw	s2,32(sp)
80401208:	cc52                	sw	s4,24(sp)
8040120a:	d606                	sw	ra,44(sp)
8040120c:	d422                	sw	s0,40(sp)
8040120e:	d226                	sw	s1,36(sp)
80401210:	ce4e                	sw	s3,28(sp)
80401212:	ca56                	sw	s5,20(sp)
80401214:	c85a                	sw	s6,16(sp)
80401216:	c65e                	sw	s7,12(sp)
80401218:	47ad                	li	a5,11
8040121a:	892e                	mv	s2,a1
8040121c:	8a2a                	mv	s4,a0
8040121e:	02b7e463          	bltu	a5,a1,80401246 <trim_blocks+0x42>
80401222:	00259413          	sll	s0,a1,0x2
80401226:	942a                	add	s0,s0,a0
80401228:	03050493          	add	s1,a0,48
8040122c:	a021                	j	80401234 <trim_blocks+0x30>
8040122e:	0411                	add	s0,s0,4
80401230:	00940b63          	beq	s0,s1,80401246 <trim_blocks+0x42>
80401234:	4808                	lw	a0,16(s0)
80401236:	dd65                	beqz	a0,8040122e <trim_blocks+0x2a>
80401238:	a49ff0ef          	jal	80400c80 <bfree>
8040123c:	0411                	add	s0,s0,4
8040123e:	00042623          	sw	zero,12(s0)
80401242:	fe9419e3          	bne	s0,s1,80401234 <trim_blocks+0x30>
80401246:	040a2b83          	lw	s7,64(s4)
8040124a:	020b9263          	bnez	s7,8040126e <trim_blocks+0x6a>
8040124e:	044a2b83          	lw	s7,68(s4)
80401252:	060b9d63          	bnez	s7,804012cc <trim_blocks+0xc8>
80401256:	5422                	lw	s0,40(sp)
80401258:	50b2                	lw	ra,44(sp)
8040125a:	5492                	lw	s1,36(sp)
8040125c:	5902                	lw	s2,32(sp)
8040125e:	49f2                	lw	s3,28(sp)
80401260:	4ad2                	lw	s5,20(sp)
80401262:	4b42                	lw	s6,16(sp)
80401264:	4bb2                	lw	s7,12(sp)
80401266:	8552                	mv	a0,s4
80401268:	4a62                	lw	s4,24(sp)
8040126a:	6145                	add	sp,sp,48
8040126c:	bf15                	j	804011a0 <iupdate>
8040126e:	855e                	mv	a0,s7
80401270:	e9ffe0ef          	jal	8040010e <bread>
80401274:	8b2a                	mv	s6,a0
80401276:	01850493          	add	s1,a0,24
8040127a:	4431                	li	s0,12
8040127c:	40c00a93          	li	s5,1036
80401280:	a029                	j	8040128a <trim_blocks+0x86>
80401282:	0491                	add	s1,s1,4
80401284:	844e                	mv	s0,s3
80401286:	03598563          	beq	s3,s5,804012b0 <trim_blocks+0xac>
8040128a:	4088                	lw	a0,0(s1)
8040128c:	00140993          	add	s3,s0,1
80401290:	d96d                	beqz	a0,80401282 <trim_blocks+0x7e>
80401292:	ff3978e3          	bgeu	s2,s3,80401282 <trim_blocks+0x7e>
80401296:	9ebff0ef          	jal	80400c80 <bfree>
8040129a:	ff2464e3          	bltu	s0,s2,80401282 <trim_blocks+0x7e>
8040129e:	0004a023          	sw	zero,0(s1)
804012a2:	855a                	mv	a0,s6
804012a4:	ecbfe0ef          	jal	8040016e <bdirty>
804012a8:	0491                	add	s1,s1,4
804012aa:	844e                	mv	s0,s3
804012ac:	fd599fe3          	bne	s3,s5,8040128a <trim_blocks+0x86>
804012b0:	855a                	mv	a0,s6
804012b2:	ec3fe0ef          	jal	80400174 <brelse>
804012b6:	47b1                	li	a5,12
804012b8:	0727fc63          	bgeu	a5,s2,80401330 <trim_blocks+0x12c>
804012bc:	040a2783          	lw	a5,64(s4)
804012c0:	04fa2023          	sw	a5,64(s4)
804012c4:	044a2b83          	lw	s7,68(s4)
804012c8:	f80b87e3          	beqz	s7,80401256 <trim_blocks+0x52>
804012cc:	855e                	mv	a0,s7
804012ce:	6a85                	lui	s5,0x1
804012d0:	e3ffe0ef          	jal	8040010e <bread>
804012d4:	0ae1                	add	s5,s5,24 # 1018 <_entry-0x803fefe8>
804012d6:	8b2a                	mv	s6,a0
804012d8:	01850413          	add	s0,a0,24
804012dc:	9aaa                	add	s5,s5,a0
804012de:	40c00493          	li	s1,1036
804012e2:	a029                	j	804012ec <trim_blocks+0xe8>
804012e4:	0411                	add	s0,s0,4
804012e6:	84ce                	mv	s1,s3
804012e8:	03540863          	beq	s0,s5,80401318 <trim_blocks+0x114>
804012ec:	4008                	lw	a0,0(s0)
804012ee:	40048993          	add	s3,s1,1024
804012f2:	85a6                	mv	a1,s1
804012f4:	86ca                	mv	a3,s2
804012f6:	4605                	li	a2,1
804012f8:	d575                	beqz	a0,804012e4 <trim_blocks+0xe0>
804012fa:	ff3975e3          	bgeu	s2,s3,804012e4 <trim_blocks+0xe0>
804012fe:	a11ff0ef          	jal	80400d0e <trim_indirect>
80401302:	ff24e1e3          	bltu	s1,s2,804012e4 <trim_blocks+0xe0>
80401306:	00042023          	sw	zero,0(s0)
8040130a:	855a                	mv	a0,s6
8040130c:	0411                	add	s0,s0,4
8040130e:	e61fe0ef          	jal	8040016e <bdirty>
80401312:	84ce                	mv	s1,s3
80401314:	fd541ce3          	bne	s0,s5,804012ec <trim_blocks+0xe8>
80401318:	855a                	mv	a0,s6
8040131a:	e5bfe0ef          	jal	80400174 <brelse>
8040131e:	40c00793          	li	a5,1036
80401322:	0127fe63          	bgeu	a5,s2,8040133e <trim_blocks+0x13a>
80401326:	044a2783          	lw	a5,68(s4)
8040132a:	04fa2223          	sw	a5,68(s4)
8040132e:	b725                	j	80401256 <trim_blocks+0x52>
80401330:	855e                	mv	a0,s7
80401332:	94fff0ef          	jal	80400c80 <bfree>
80401336:	4781                	li	a5,0
80401338:	04fa2023          	sw	a5,64(s4)
8040133c:	b761                	j	804012c4 <trim_blocks+0xc0>
8040133e:	855e                	mv	a0,s7
80401340:	941ff0ef          	jal	80400c80 <bfree>
80401344:	4781                	li	a5,0
80401346:	04fa2223          	sw	a5,68(s4)
8040134a:	b731                	j	80401256 <trim_blocks+0x52>

8040134c <inum_valid>:
8040134c:	c901                	beqz	a0,8040135c <inum_valid+0x10>
8040134e:	804707b7          	lui	a5,0x80470
80401352:	8ac7a783          	lw	a5,-1876(a5) # 8046f8ac <sb+0xc>
80401356:	00f53533          	sltu	a0,a0,a5
8040135a:	8082                	ret
8040135c:	4501                	li	a0,0
8040135e:	8082                	ret

80401360 <iget>:
80401360:	85aa                	mv	a1,a0
80401362:	c909                	beqz	a0,80401374 <iget+0x14>
80401364:	804707b7          	lui	a5,0x80470
80401368:	8ac7a783          	lw	a5,-1876(a5) # 8046f8ac <sb+0xc>
8040136c:	00f57463          	bgeu	a0,a5,80401374 <iget+0x14>
80401370:	a5fff06f          	j	80400dce <iget.part.0>
80401374:	80405537          	lui	a0,0x80405
80401378:	1141                	add	sp,sp,-16
8040137a:	10c50513          	add	a0,a0,268 # 8040510c <__udivdi3+0xe08>
8040137e:	c606                	sw	ra,12(sp)
80401380:	2af000ef          	jal	80401e2e <panic>

80401384 <istat>:
80401384:	1141                	add	sp,sp,-16
80401386:	8046e7b7          	lui	a5,0x8046e
8040138a:	c422                	sw	s0,8(sp)
8040138c:	c226                	sw	s1,4(sp)
8040138e:	c04a                	sw	s2,0(sp)
80401390:	84b2                	mv	s1,a2
80401392:	c606                	sw	ra,12(sp)
80401394:	6a078613          	add	a2,a5,1696 # 8046e6a0 <inodes>
80401398:	842a                	mv	s0,a0
8040139a:	892e                	mv	s2,a1
8040139c:	6a078793          	add	a5,a5,1696
804013a0:	4701                	li	a4,0
804013a2:	04000813          	li	a6,64
804013a6:	a031                	j	804013b2 <istat+0x2e>
804013a8:	0705                	add	a4,a4,1
804013aa:	04878793          	add	a5,a5,72
804013ae:	03070963          	beq	a4,a6,804013e0 <istat+0x5c>
804013b2:	43d4                	lw	a3,4(a5)
804013b4:	fed05ae3          	blez	a3,804013a8 <istat+0x24>
804013b8:	4394                	lw	a3,0(a5)
804013ba:	fe8697e3          	bne	a3,s0,804013a8 <istat+0x24>
804013be:	00371793          	sll	a5,a4,0x3
804013c2:	97ba                	add	a5,a5,a4
804013c4:	078e                	sll	a5,a5,0x3
804013c6:	97b2                	add	a5,a5,a2
804013c8:	0087d703          	lhu	a4,8(a5)
804013cc:	47dc                	lw	a5,12(a5)
804013ce:	40b2                	lw	ra,12(sp)
804013d0:	4422                	lw	s0,8(sp)
804013d2:	00e91023          	sh	a4,0(s2)
804013d6:	c09c                	sw	a5,0(s1)
804013d8:	4902                	lw	s2,0(sp)
804013da:	4492                	lw	s1,4(sp)
804013dc:	0141                	add	sp,sp,16
804013de:	8082                	ret
804013e0:	804707b7          	lui	a5,0x80470
804013e4:	8b87a783          	lw	a5,-1864(a5) # 8046f8b8 <sb+0x18>
804013e8:	00645513          	srl	a0,s0,0x6
804013ec:	03f47413          	and	s0,s0,63
804013f0:	953e                	add	a0,a0,a5
804013f2:	d1dfe0ef          	jal	8040010e <bread>
804013f6:	041a                	sll	s0,s0,0x6
804013f8:	01850793          	add	a5,a0,24
804013fc:	97a2                	add	a5,a5,s0
804013fe:	0007d703          	lhu	a4,0(a5)
80401402:	43dc                	lw	a5,4(a5)
80401404:	4422                	lw	s0,8(sp)
80401406:	00e91023          	sh	a4,0(s2)
8040140a:	40b2                	lw	ra,12(sp)
8040140c:	4902                	lw	s2,0(sp)
8040140e:	c09c                	sw	a5,0(s1)
80401410:	4492                	lw	s1,4(sp)
80401412:	0141                	add	sp,sp,16
80401414:	d61fe06f          	j	80400174 <brelse>

80401418 <ialloc>:
80401418:	7179                	add	sp,sp,-48
8040141a:	d226                	sw	s1,36(sp)
8040141c:	804704b7          	lui	s1,0x80470
80401420:	8a048493          	add	s1,s1,-1888 # 8046f8a0 <sb>
80401424:	44dc                	lw	a5,12(s1)
80401426:	d422                	sw	s0,40(sp)
80401428:	d04a                	sw	s2,32(sp)
8040142a:	ce4e                	sw	s3,28(sp)
8040142c:	d606                	sw	ra,44(sp)
8040142e:	4409                	li	s0,2
80401430:	89aa                	mv	s3,a0
80401432:	892e                	mv	s2,a1
80401434:	00f47e63          	bgeu	s0,a5,80401450 <ialloc+0x38>
80401438:	0070                	add	a2,sp,12
8040143a:	00a10593          	add	a1,sp,10
8040143e:	8522                	mv	a0,s0
80401440:	3791                	jal	80401384 <istat>
80401442:	00a15783          	lhu	a5,10(sp)
80401446:	cf89                	beqz	a5,80401460 <ialloc+0x48>
80401448:	44dc                	lw	a5,12(s1)
8040144a:	0405                	add	s0,s0,1
8040144c:	fef466e3          	bltu	s0,a5,80401438 <ialloc+0x20>
80401450:	5511                	li	a0,-28
80401452:	50b2                	lw	ra,44(sp)
80401454:	5422                	lw	s0,40(sp)
80401456:	5492                	lw	s1,36(sp)
80401458:	5902                	lw	s2,32(sp)
8040145a:	49f2                	lw	s3,28(sp)
8040145c:	6145                	add	sp,sp,48
8040145e:	8082                	ret
80401460:	44dc                	lw	a5,12(s1)
80401462:	04f47063          	bgeu	s0,a5,804014a2 <ialloc+0x8a>
80401466:	8522                	mv	a0,s0
80401468:	967ff0ef          	jal	80400dce <iget.part.0>
8040146c:	842a                	mv	s0,a0
8040146e:	5521                	li	a0,-24
80401470:	d06d                	beqz	s0,80401452 <ialloc+0x3a>
80401472:	04000613          	li	a2,64
80401476:	4581                	li	a1,0
80401478:	00840513          	add	a0,s0,8
8040147c:	7eb000ef          	jal	80402466 <memset>
80401480:	4785                	li	a5,1
80401482:	01341423          	sh	s3,8(s0)
80401486:	8522                	mv	a0,s0
80401488:	00f41523          	sh	a5,10(s0)
8040148c:	3b11                	jal	804011a0 <iupdate>
8040148e:	50b2                	lw	ra,44(sp)
80401490:	00892023          	sw	s0,0(s2)
80401494:	5422                	lw	s0,40(sp)
80401496:	5492                	lw	s1,36(sp)
80401498:	5902                	lw	s2,32(sp)
8040149a:	49f2                	lw	s3,28(sp)
8040149c:	4501                	li	a0,0
8040149e:	6145                	add	sp,sp,48
804014a0:	8082                	ret
804014a2:	80405537          	lui	a0,0x80405
804014a6:	85a2                	mv	a1,s0
804014a8:	10c50513          	add	a0,a0,268 # 8040510c <__udivdi3+0xe08>
804014ac:	183000ef          	jal	80401e2e <panic>

804014b0 <iput>:
804014b0:	415c                	lw	a5,4(a0)
804014b2:	1141                	add	sp,sp,-16
804014b4:	c422                	sw	s0,8(sp)
804014b6:	c606                	sw	ra,12(sp)
804014b8:	842a                	mv	s0,a0
804014ba:	04f05263          	blez	a5,804014fe <iput+0x4e>
804014be:	4705                	li	a4,1
804014c0:	00e78863          	beq	a5,a4,804014d0 <iput+0x20>
804014c4:	17fd                	add	a5,a5,-1
804014c6:	40b2                	lw	ra,12(sp)
804014c8:	c05c                	sw	a5,4(s0)
804014ca:	4422                	lw	s0,8(sp)
804014cc:	0141                	add	sp,sp,16
804014ce:	8082                	ret
804014d0:	00a55703          	lhu	a4,10(a0)
804014d4:	fb65                	bnez	a4,804014c4 <iput+0x14>
804014d6:	4581                	li	a1,0
804014d8:	00052623          	sw	zero,12(a0)
804014dc:	3325                	jal	80401204 <trim_blocks>
804014de:	04000613          	li	a2,64
804014e2:	4581                	li	a1,0
804014e4:	00840513          	add	a0,s0,8
804014e8:	77f000ef          	jal	80402466 <memset>
804014ec:	8522                	mv	a0,s0
804014ee:	394d                	jal	804011a0 <iupdate>
804014f0:	405c                	lw	a5,4(s0)
804014f2:	40b2                	lw	ra,12(sp)
804014f4:	17fd                	add	a5,a5,-1
804014f6:	c05c                	sw	a5,4(s0)
804014f8:	4422                	lw	s0,8(sp)
804014fa:	0141                	add	sp,sp,16
804014fc:	8082                	ret
804014fe:	410c                	lw	a1,0(a0)
80401500:	80405537          	lui	a0,0x80405
80401504:	12850513          	add	a0,a0,296 # 80405128 <__udivdi3+0xe24>
80401508:	127000ef          	jal	80401e2e <panic>

8040150c <itrunc>:
8040150c:	1101                	add	sp,sp,-32
8040150e:	cc22                	sw	s0,24(sp)
80401510:	ca26                	sw	s1,20(sp)
80401512:	c64e                	sw	s3,12(sp)
80401514:	ce06                	sw	ra,28(sp)
80401516:	c84a                	sw	s2,16(sp)
80401518:	c452                	sw	s4,8(sp)
8040151a:	c256                	sw	s5,4(sp)
8040151c:	89aa                	mv	s3,a0
8040151e:	00052623          	sw	zero,12(a0)
80401522:	01050413          	add	s0,a0,16
80401526:	04050493          	add	s1,a0,64
8040152a:	a021                	j	80401532 <itrunc+0x26>
8040152c:	0411                	add	s0,s0,4
8040152e:	00940b63          	beq	s0,s1,80401544 <itrunc+0x38>
80401532:	4008                	lw	a0,0(s0)
80401534:	dd65                	beqz	a0,8040152c <itrunc+0x20>
80401536:	f4aff0ef          	jal	80400c80 <bfree>
8040153a:	0411                	add	s0,s0,4
8040153c:	fe042e23          	sw	zero,-4(s0)
80401540:	fe9419e3          	bne	s0,s1,80401532 <itrunc+0x26>
80401544:	0409aa03          	lw	s4,64(s3)
80401548:	020a1063          	bnez	s4,80401568 <itrunc+0x5c>
8040154c:	0449aa83          	lw	s5,68(s3)
80401550:	040a9d63          	bnez	s5,804015aa <itrunc+0x9e>
80401554:	4462                	lw	s0,24(sp)
80401556:	40f2                	lw	ra,28(sp)
80401558:	44d2                	lw	s1,20(sp)
8040155a:	4942                	lw	s2,16(sp)
8040155c:	4a22                	lw	s4,8(sp)
8040155e:	4a92                	lw	s5,4(sp)
80401560:	854e                	mv	a0,s3
80401562:	49b2                	lw	s3,12(sp)
80401564:	6105                	add	sp,sp,32
80401566:	b92d                	j	804011a0 <iupdate>
80401568:	8552                	mv	a0,s4
8040156a:	6485                	lui	s1,0x1
8040156c:	ba3fe0ef          	jal	8040010e <bread>
80401570:	04e1                	add	s1,s1,24 # 1018 <_entry-0x803fefe8>
80401572:	892a                	mv	s2,a0
80401574:	01850413          	add	s0,a0,24
80401578:	94aa                	add	s1,s1,a0
8040157a:	4008                	lw	a0,0(s0)
8040157c:	c901                	beqz	a0,8040158c <itrunc+0x80>
8040157e:	f02ff0ef          	jal	80400c80 <bfree>
80401582:	854a                	mv	a0,s2
80401584:	00042023          	sw	zero,0(s0)
80401588:	be7fe0ef          	jal	8040016e <bdirty>
8040158c:	0411                	add	s0,s0,4
8040158e:	fe9416e3          	bne	s0,s1,8040157a <itrunc+0x6e>
80401592:	854a                	mv	a0,s2
80401594:	be1fe0ef          	jal	80400174 <brelse>
80401598:	8552                	mv	a0,s4
8040159a:	ee6ff0ef          	jal	80400c80 <bfree>
8040159e:	0449aa83          	lw	s5,68(s3)
804015a2:	0409a023          	sw	zero,64(s3)
804015a6:	fa0a87e3          	beqz	s5,80401554 <itrunc+0x48>
804015aa:	8556                	mv	a0,s5
804015ac:	6905                	lui	s2,0x1
804015ae:	b61fe0ef          	jal	8040010e <bread>
804015b2:	0961                	add	s2,s2,24 # 1018 <_entry-0x803fefe8>
804015b4:	8a2a                	mv	s4,a0
804015b6:	01850413          	add	s0,a0,24
804015ba:	992a                	add	s2,s2,a0
804015bc:	40c00493          	li	s1,1036
804015c0:	4008                	lw	a0,0(s0)
804015c2:	85a6                	mv	a1,s1
804015c4:	4681                	li	a3,0
804015c6:	4605                	li	a2,1
804015c8:	c901                	beqz	a0,804015d8 <itrunc+0xcc>
804015ca:	f44ff0ef          	jal	80400d0e <trim_indirect>
804015ce:	8552                	mv	a0,s4
804015d0:	00042023          	sw	zero,0(s0)
804015d4:	b9bfe0ef          	jal	8040016e <bdirty>
804015d8:	0411                	add	s0,s0,4
804015da:	40048493          	add	s1,s1,1024
804015de:	ff2411e3          	bne	s0,s2,804015c0 <itrunc+0xb4>
804015e2:	8552                	mv	a0,s4
804015e4:	b91fe0ef          	jal	80400174 <brelse>
804015e8:	8556                	mv	a0,s5
804015ea:	e96ff0ef          	jal	80400c80 <bfree>
804015ee:	0409a223          	sw	zero,68(s3)
804015f2:	b78d                	j	80401554 <itrunc+0x48>

804015f4 <readi>:
804015f4:	715d                	add	sp,sp,-80
804015f6:	de4e                	sw	s3,60(sp)
804015f8:	00c52983          	lw	s3,12(a0)
804015fc:	c0ca                	sw	s2,64(sp)
804015fe:	c686                	sw	ra,76(sp)
80401600:	c4a2                	sw	s0,72(sp)
80401602:	c2a6                	sw	s1,68(sp)
80401604:	dc52                	sw	s4,56(sp)
80401606:	da56                	sw	s5,52(sp)
80401608:	d85a                	sw	s6,48(sp)
8040160a:	d65e                	sw	s7,44(sp)
8040160c:	d462                	sw	s8,40(sp)
8040160e:	d266                	sw	s9,36(sp)
80401610:	d06a                	sw	s10,32(sp)
80401612:	ce6e                	sw	s11,28(sp)
80401614:	c62e                	sw	a1,12(sp)
80401616:	4901                	li	s2,0
80401618:	0736f263          	bgeu	a3,s3,8040167c <readi+0x88>
8040161c:	40d989b3          	sub	s3,s3,a3
80401620:	8aaa                	mv	s5,a0
80401622:	8a36                	mv	s4,a3
80401624:	8b32                	mv	s6,a2
80401626:	09376f63          	bltu	a4,s3,804016c4 <readi+0xd0>
8040162a:	4401                	li	s0,0
8040162c:	04098763          	beqz	s3,8040167a <readi+0x86>
80401630:	6c05                	lui	s8,0x1
80401632:	fffc0d13          	add	s10,s8,-1 # fff <_entry-0x803ff001>
80401636:	8046dcb7          	lui	s9,0x8046d
8040163a:	008a05b3          	add	a1,s4,s0
8040163e:	01a5f933          	and	s2,a1,s10
80401642:	408984b3          	sub	s1,s3,s0
80401646:	412c07b3          	sub	a5,s8,s2
8040164a:	81b1                	srl	a1,a1,0xc
8040164c:	4601                	li	a2,0
8040164e:	8556                	mv	a0,s5
80401650:	0097f363          	bgeu	a5,s1,80401656 <readi+0x62>
80401654:	84be                	mv	s1,a5
80401656:	915ff0ef          	jal	80400f6a <bmap>
8040165a:	008b0db3          	add	s11,s6,s0
8040165e:	86a6                	mv	a3,s1
80401660:	6a0c8613          	add	a2,s9,1696 # 8046d6a0 <zero_block>
80401664:	85ee                	mv	a1,s11
80401666:	e91d                	bnez	a0,8040169c <readi+0xa8>
80401668:	4532                	lw	a0,12(sp)
8040166a:	449010ef          	jal	804032b2 <either_copyout>
8040166e:	892a                	mv	s2,a0
80401670:	04094763          	bltz	s2,804016be <readi+0xca>
80401674:	9426                	add	s0,s0,s1
80401676:	fd3462e3          	bltu	s0,s3,8040163a <readi+0x46>
8040167a:	894e                	mv	s2,s3
8040167c:	40b6                	lw	ra,76(sp)
8040167e:	4426                	lw	s0,72(sp)
80401680:	4496                	lw	s1,68(sp)
80401682:	59f2                	lw	s3,60(sp)
80401684:	5a62                	lw	s4,56(sp)
80401686:	5ad2                	lw	s5,52(sp)
80401688:	5b42                	lw	s6,48(sp)
8040168a:	5bb2                	lw	s7,44(sp)
8040168c:	5c22                	lw	s8,40(sp)
8040168e:	5c92                	lw	s9,36(sp)
80401690:	5d02                	lw	s10,32(sp)
80401692:	4df2                	lw	s11,28(sp)
80401694:	854a                	mv	a0,s2
80401696:	4906                	lw	s2,64(sp)
80401698:	6161                	add	sp,sp,80
8040169a:	8082                	ret
8040169c:	a73fe0ef          	jal	8040010e <bread>
804016a0:	8baa                	mv	s7,a0
804016a2:	01850613          	add	a2,a0,24
804016a6:	4532                	lw	a0,12(sp)
804016a8:	964a                	add	a2,a2,s2
804016aa:	86a6                	mv	a3,s1
804016ac:	85ee                	mv	a1,s11
804016ae:	405010ef          	jal	804032b2 <either_copyout>
804016b2:	892a                	mv	s2,a0
804016b4:	855e                	mv	a0,s7
804016b6:	abffe0ef          	jal	80400174 <brelse>
804016ba:	fa095de3          	bgez	s2,80401674 <readi+0x80>
804016be:	dc5d                	beqz	s0,8040167c <readi+0x88>
804016c0:	8922                	mv	s2,s0
804016c2:	bf6d                	j	8040167c <readi+0x88>
804016c4:	89ba                	mv	s3,a4
804016c6:	b795                	j	8040162a <readi+0x36>

804016c8 <writei>:
804016c8:	7139                	add	sp,sp,-64
804016ca:	de06                	sw	ra,60(sp)
804016cc:	dc22                	sw	s0,56(sp)
804016ce:	da26                	sw	s1,52(sp)
804016d0:	d84a                	sw	s2,48(sp)
804016d2:	d64e                	sw	s3,44(sp)
804016d4:	d452                	sw	s4,40(sp)
804016d6:	d256                	sw	s5,36(sp)
804016d8:	d05a                	sw	s6,32(sp)
804016da:	ce5e                	sw	s7,28(sp)
804016dc:	cc62                	sw	s8,24(sp)
804016de:	ca66                	sw	s9,20(sp)
804016e0:	c86a                	sw	s10,16(sp)
804016e2:	c66e                	sw	s11,12(sp)
804016e4:	1406c663          	bltz	a3,80401830 <writei+0x168>
804016e8:	800007b7          	lui	a5,0x80000
804016ec:	fff7c793          	not	a5,a5
804016f0:	8f95                	sub	a5,a5,a3
804016f2:	8b36                	mv	s6,a3
804016f4:	8aba                	mv	s5,a4
804016f6:	12e7ed63          	bltu	a5,a4,80401830 <writei+0x168>
804016fa:	8c2e                	mv	s8,a1
804016fc:	454c                	lw	a1,12(a0)
804016fe:	8baa                	mv	s7,a0
80401700:	8cb2                	mv	s9,a2
80401702:	0ad5e463          	bltu	a1,a3,804017aa <writei+0xe2>
80401706:	12070763          	beqz	a4,80401834 <writei+0x16c>
8040170a:	6d05                	lui	s10,0x1
8040170c:	4401                	li	s0,0
8040170e:	fffd0d93          	add	s11,s10,-1 # fff <_entry-0x803ff001>
80401712:	a80d                	j	80401744 <writei+0x7c>
80401714:	9fbfe0ef          	jal	8040010e <bread>
80401718:	01850593          	add	a1,a0,24
8040171c:	84aa                	mv	s1,a0
8040171e:	95ce                	add	a1,a1,s3
80401720:	008c8633          	add	a2,s9,s0
80401724:	86ca                	mv	a3,s2
80401726:	8562                	mv	a0,s8
80401728:	347010ef          	jal	8040326e <either_copyin>
8040172c:	89aa                	mv	s3,a0
8040172e:	8526                	mv	a0,s1
80401730:	a3ffe0ef          	jal	8040016e <bdirty>
80401734:	8526                	mv	a0,s1
80401736:	a3ffe0ef          	jal	80400174 <brelse>
8040173a:	0209c863          	bltz	s3,8040176a <writei+0xa2>
8040173e:	944a                	add	s0,s0,s2
80401740:	09547263          	bgeu	s0,s5,804017c4 <writei+0xfc>
80401744:	008b0a33          	add	s4,s6,s0
80401748:	01ba79b3          	and	s3,s4,s11
8040174c:	408a8933          	sub	s2,s5,s0
80401750:	413d07b3          	sub	a5,s10,s3
80401754:	4605                	li	a2,1
80401756:	00ca5593          	srl	a1,s4,0xc
8040175a:	855e                	mv	a0,s7
8040175c:	0127f363          	bgeu	a5,s2,80401762 <writei+0x9a>
80401760:	893e                	mv	s2,a5
80401762:	809ff0ef          	jal	80400f6a <bmap>
80401766:	f55d                	bnez	a0,80401714 <writei+0x4c>
80401768:	5991                	li	s3,-28
8040176a:	00cba583          	lw	a1,12(s7)
8040176e:	0145f563          	bgeu	a1,s4,80401778 <writei+0xb0>
80401772:	014ba623          	sw	s4,12(s7)
80401776:	85d2                	mv	a1,s4
80401778:	6785                	lui	a5,0x1
8040177a:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
8040177c:	95be                	add	a1,a1,a5
8040177e:	81b1                	srl	a1,a1,0xc
80401780:	855e                	mv	a0,s7
80401782:	a83ff0ef          	jal	80401204 <trim_blocks>
80401786:	c011                	beqz	s0,8040178a <writei+0xc2>
80401788:	89a2                	mv	s3,s0
8040178a:	50f2                	lw	ra,60(sp)
8040178c:	5462                	lw	s0,56(sp)
8040178e:	54d2                	lw	s1,52(sp)
80401790:	5942                	lw	s2,48(sp)
80401792:	5a22                	lw	s4,40(sp)
80401794:	5a92                	lw	s5,36(sp)
80401796:	5b02                	lw	s6,32(sp)
80401798:	4bf2                	lw	s7,28(sp)
8040179a:	4c62                	lw	s8,24(sp)
8040179c:	4cd2                	lw	s9,20(sp)
8040179e:	4d42                	lw	s10,16(sp)
804017a0:	4db2                	lw	s11,12(sp)
804017a2:	854e                	mv	a0,s3
804017a4:	59b2                	lw	s3,44(sp)
804017a6:	6121                	add	sp,sp,64
804017a8:	8082                	ret
804017aa:	6485                	lui	s1,0x1
804017ac:	fff48413          	add	s0,s1,-1 # fff <_entry-0x803ff001>
804017b0:	8c6d                	and	s0,s0,a1
804017b2:	e815                	bnez	s0,804017e6 <writei+0x11e>
804017b4:	fb39                	bnez	a4,8040170a <writei+0x42>
804017b6:	00dba623          	sw	a3,12(s7)
804017ba:	9e7ff0ef          	jal	804011a0 <iupdate>
804017be:	4401                	li	s0,0
804017c0:	89a2                	mv	s3,s0
804017c2:	b7e1                	j	8040178a <writei+0xc2>
804017c4:	00cba783          	lw	a5,12(s7)
804017c8:	9b22                	add	s6,s6,s0
804017ca:	0167f963          	bgeu	a5,s6,804017dc <writei+0x114>
804017ce:	016ba623          	sw	s6,12(s7)
804017d2:	855e                	mv	a0,s7
804017d4:	9cdff0ef          	jal	804011a0 <iupdate>
804017d8:	89a2                	mv	s3,s0
804017da:	bf45                	j	8040178a <writei+0xc2>
804017dc:	855e                	mv	a0,s7
804017de:	9c3ff0ef          	jal	804011a0 <iupdate>
804017e2:	89a2                	mv	s3,s0
804017e4:	b75d                	j	8040178a <writei+0xc2>
804017e6:	4601                	li	a2,0
804017e8:	81b1                	srl	a1,a1,0xc
804017ea:	f80ff0ef          	jal	80400f6a <bmap>
804017ee:	ed11                	bnez	a0,8040180a <writei+0x142>
804017f0:	f00a9de3          	bnez	s5,8040170a <writei+0x42>
804017f4:	00cba783          	lw	a5,12(s7)
804017f8:	0367fe63          	bgeu	a5,s6,80401834 <writei+0x16c>
804017fc:	016ba623          	sw	s6,12(s7)
80401800:	855e                	mv	a0,s7
80401802:	99fff0ef          	jal	804011a0 <iupdate>
80401806:	4401                	li	s0,0
80401808:	bf65                	j	804017c0 <writei+0xf8>
8040180a:	905fe0ef          	jal	8040010e <bread>
8040180e:	892a                	mv	s2,a0
80401810:	0561                	add	a0,a0,24
80401812:	40848633          	sub	a2,s1,s0
80401816:	4581                	li	a1,0
80401818:	9522                	add	a0,a0,s0
8040181a:	44d000ef          	jal	80402466 <memset>
8040181e:	854a                	mv	a0,s2
80401820:	94ffe0ef          	jal	8040016e <bdirty>
80401824:	854a                	mv	a0,s2
80401826:	94ffe0ef          	jal	80400174 <brelse>
8040182a:	ee0a90e3          	bnez	s5,8040170a <writei+0x42>
8040182e:	b7d9                	j	804017f4 <writei+0x12c>
80401830:	5995                	li	s3,-27
80401832:	bfa1                	j	8040178a <writei+0xc2>
80401834:	855e                	mv	a0,s7
80401836:	96bff0ef          	jal	804011a0 <iupdate>
8040183a:	4401                	li	s0,0
8040183c:	b751                	j	804017c0 <writei+0xf8>

8040183e <kalloc>:
8040183e:	1141                	add	sp,sp,-16
80401840:	804277b7          	lui	a5,0x80427
80401844:	c422                	sw	s0,8(sp)
80401846:	0347a403          	lw	s0,52(a5) # 80427034 <free_list>
8040184a:	c606                	sw	ra,12(sp)
8040184c:	c809                	beqz	s0,8040185e <kalloc+0x20>
8040184e:	4018                	lw	a4,0(s0)
80401850:	6605                	lui	a2,0x1
80401852:	4581                	li	a1,0
80401854:	8522                	mv	a0,s0
80401856:	02e7aa23          	sw	a4,52(a5)
8040185a:	40d000ef          	jal	80402466 <memset>
8040185e:	40b2                	lw	ra,12(sp)
80401860:	8522                	mv	a0,s0
80401862:	4422                	lw	s0,8(sp)
80401864:	0141                	add	sp,sp,16
80401866:	8082                	ret

80401868 <kfree>:
80401868:	804277b7          	lui	a5,0x80427
8040186c:	0307a703          	lw	a4,48(a5) # 80427030 <nranges>
80401870:	04e05a63          	blez	a4,804018c4 <kfree+0x5c>
80401874:	804707b7          	lui	a5,0x80470
80401878:	8c478793          	add	a5,a5,-1852 # 8046f8c4 <ranges>
8040187c:	4394                	lw	a3,0(a5)
8040187e:	02d56763          	bltu	a0,a3,804018ac <kfree+0x44>
80401882:	43d4                	lw	a3,4(a5)
80401884:	4605                	li	a2,1
80401886:	00d536b3          	sltu	a3,a0,a3
8040188a:	00c70563          	beq	a4,a2,80401894 <kfree+0x2c>
8040188e:	4798                	lw	a4,8(a5)
80401890:	02e57563          	bgeu	a0,a4,804018ba <kfree+0x52>
80401894:	01451793          	sll	a5,a0,0x14
80401898:	e795                	bnez	a5,804018c4 <kfree+0x5c>
8040189a:	c68d                	beqz	a3,804018c4 <kfree+0x5c>
8040189c:	804277b7          	lui	a5,0x80427
804018a0:	0347a703          	lw	a4,52(a5) # 80427034 <free_list>
804018a4:	02a7aa23          	sw	a0,52(a5)
804018a8:	c118                	sw	a4,0(a0)
804018aa:	8082                	ret
804018ac:	4685                	li	a3,1
804018ae:	00d70b63          	beq	a4,a3,804018c4 <kfree+0x5c>
804018b2:	4798                	lw	a4,8(a5)
804018b4:	00e56863          	bltu	a0,a4,804018c4 <kfree+0x5c>
804018b8:	4681                	li	a3,0
804018ba:	47dc                	lw	a5,12(a5)
804018bc:	00f537b3          	sltu	a5,a0,a5
804018c0:	8edd                	or	a3,a3,a5
804018c2:	bfc9                	j	80401894 <kfree+0x2c>
804018c4:	85aa                	mv	a1,a0
804018c6:	80405537          	lui	a0,0x80405
804018ca:	1141                	add	sp,sp,-16
804018cc:	14050513          	add	a0,a0,320 # 80405140 <__udivdi3+0xe3c>
804018d0:	c606                	sw	ra,12(sp)
804018d2:	2bb1                	jal	80401e2e <panic>

804018d4 <kinit>:
804018d4:	804276b7          	lui	a3,0x80427
804018d8:	0306a703          	lw	a4,48(a3) # 80427030 <nranges>
804018dc:	1141                	add	sp,sp,-16
804018de:	c606                	sw	ra,12(sp)
804018e0:	c422                	sw	s0,8(sp)
804018e2:	c226                	sw	s1,4(sp)
804018e4:	c04a                	sw	s2,0(sp)
804018e6:	4789                	li	a5,2
804018e8:	04f70463          	beq	a4,a5,80401930 <kinit+0x5c>
804018ec:	6785                	lui	a5,0x1
804018ee:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804018f0:	953e                	add	a0,a0,a5
804018f2:	804707b7          	lui	a5,0x80470
804018f6:	767d                	lui	a2,0xfffff
804018f8:	00371813          	sll	a6,a4,0x3
804018fc:	8c478793          	add	a5,a5,-1852 # 8046f8c4 <ranges>
80401900:	97c2                	add	a5,a5,a6
80401902:	00c574b3          	and	s1,a0,a2
80401906:	00c5f433          	and	s0,a1,a2
8040190a:	0705                	add	a4,a4,1
8040190c:	c384                	sw	s1,0(a5)
8040190e:	c3c0                	sw	s0,4(a5)
80401910:	02e6a823          	sw	a4,48(a3)
80401914:	0084f863          	bgeu	s1,s0,80401924 <kinit+0x50>
80401918:	797d                	lui	s2,0xfffff
8040191a:	944a                	add	s0,s0,s2
8040191c:	8522                	mv	a0,s0
8040191e:	37a9                	jal	80401868 <kfree>
80401920:	fe84ede3          	bltu	s1,s0,8040191a <kinit+0x46>
80401924:	40b2                	lw	ra,12(sp)
80401926:	4422                	lw	s0,8(sp)
80401928:	4492                	lw	s1,4(sp)
8040192a:	4902                	lw	s2,0(sp)
8040192c:	0141                	add	sp,sp,16
8040192e:	8082                	ret
80401930:	80405537          	lui	a0,0x80405
80401934:	15450513          	add	a0,a0,340 # 80405154 <__udivdi3+0xe50>
80401938:	29dd                	jal	80401e2e <panic>

8040193a <power_off>:
8040193a:	1141                	add	sp,sp,-16
8040193c:	c606                	sw	ra,12(sp)
8040193e:	c422                	sw	s0,8(sp)
80401940:	842a                	mv	s0,a0
80401942:	06f000ef          	jal	804021b0 <proc_close_all>
80401946:	847ff0ef          	jal	8040118c <fs_mounted>
8040194a:	e501                	bnez	a0,80401952 <power_off+0x18>
8040194c:	8522                	mv	a0,s0
8040194e:	1a9010ef          	jal	804032f6 <arch_power_off>
80401952:	859fe0ef          	jal	804001aa <bio_flush>
80401956:	bfdd                	j	8040194c <power_off+0x12>

80401958 <kernel_run>:
80401958:	7135                	add	sp,sp,-160
8040195a:	cb26                	sw	s1,148(sp)
8040195c:	84ae                	mv	s1,a1
8040195e:	cd22                	sw	s0,152(sp)
80401960:	cf06                	sw	ra,156(sp)
80401962:	842a                	mv	s0,a0
80401964:	f66fe0ef          	jal	804000ca <bio_init>
80401968:	e8c9                	bnez	s1,804019fa <kernel_run+0xa2>
8040196a:	2321                	jal	80401e72 <proc_init>
8040196c:	1a6010ef          	jal	80402b12 <timer_init>
80401970:	00044783          	lbu	a5,0(s0)
80401974:	c7d1                	beqz	a5,80401a00 <kernel_run+0xa8>
80401976:	0070                	add	a2,sp,12
80401978:	4481                	li	s1,0
8040197a:	02000713          	li	a4,32
8040197e:	46a5                	li	a3,9
80401980:	00e78463          	beq	a5,a4,80401988 <kernel_run+0x30>
80401984:	00d79863          	bne	a5,a3,80401994 <kernel_run+0x3c>
80401988:	00144783          	lbu	a5,1(s0)
8040198c:	0405                	add	s0,s0,1
8040198e:	fe040fa3          	sb	zero,-1(s0)
80401992:	b7fd                	j	80401980 <kernel_run+0x28>
80401994:	e3a9                	bnez	a5,804019d6 <kernel_run+0x7e>
80401996:	02000713          	li	a4,32
8040199a:	46a5                	li	a3,9
8040199c:	00044783          	lbu	a5,0(s0)
804019a0:	00e78463          	beq	a5,a4,804019a8 <kernel_run+0x50>
804019a4:	00d79463          	bne	a5,a3,804019ac <kernel_run+0x54>
804019a8:	0405                	add	s0,s0,1
804019aa:	bfcd                	j	8040199c <kernel_run+0x44>
804019ac:	efa1                	bnez	a5,80401a04 <kernel_run+0xac>
804019ae:	00249793          	sll	a5,s1,0x2
804019b2:	09078793          	add	a5,a5,144
804019b6:	978a                	add	a5,a5,sp
804019b8:	f607ae23          	sw	zero,-132(a5)
804019bc:	c4b5                	beqz	s1,80401a28 <kernel_run+0xd0>
804019be:	4532                	lw	a0,12(sp)
804019c0:	4601                	li	a2,0
804019c2:	006c                	add	a1,sp,12
804019c4:	ddbfe0ef          	jal	8040079e <proc_spawn>
804019c8:	57f9                	li	a5,-2
804019ca:	862a                	mv	a2,a0
804019cc:	04f50563          	beq	a0,a5,80401a16 <kernel_run+0xbe>
804019d0:	08054563          	bltz	a0,80401a5a <kernel_run+0x102>
804019d4:	2521                	jal	80401fdc <scheduler>
804019d6:	0485                	add	s1,s1,1
804019d8:	c200                	sw	s0,0(a2)
804019da:	a019                	j	804019e0 <kernel_run+0x88>
804019dc:	00d78863          	beq	a5,a3,804019ec <kernel_run+0x94>
804019e0:	00144783          	lbu	a5,1(s0)
804019e4:	0405                	add	s0,s0,1
804019e6:	dbc5                	beqz	a5,80401996 <kernel_run+0x3e>
804019e8:	fee79ae3          	bne	a5,a4,804019dc <kernel_run+0x84>
804019ec:	00044783          	lbu	a5,0(s0)
804019f0:	d3dd                	beqz	a5,80401996 <kernel_run+0x3e>
804019f2:	0611                	add	a2,a2,4 # fffff004 <kernel_end+0x7fb00004>
804019f4:	f8e496e3          	bne	s1,a4,80401980 <kernel_run+0x28>
804019f8:	bf79                	j	80401996 <kernel_run+0x3e>
804019fa:	ec4ff0ef          	jal	804010be <fs_init>
804019fe:	b7b5                	j	8040196a <kernel_run+0x12>
80401a00:	4481                	li	s1,0
80401a02:	bf51                	j	80401996 <kernel_run+0x3e>
80401a04:	80405537          	lui	a0,0x80405
80401a08:	1a050513          	add	a0,a0,416 # 804051a0 <__udivdi3+0xe9c>
80401a0c:	02000593          	li	a1,32
80401a10:	2ee5                	jal	80401e08 <kprintf>
80401a12:	4509                	li	a0,2
80401a14:	371d                	jal	8040193a <power_off>
80401a16:	45b2                	lw	a1,12(sp)
80401a18:	80405537          	lui	a0,0x80405
80401a1c:	1d050513          	add	a0,a0,464 # 804051d0 <__udivdi3+0xecc>
80401a20:	26e5                	jal	80401e08 <kprintf>
80401a22:	07f00513          	li	a0,127
80401a26:	3f11                	jal	8040193a <power_off>
80401a28:	80405537          	lui	a0,0x80405
80401a2c:	16c50513          	add	a0,a0,364 # 8040516c <__udivdi3+0xe68>
80401a30:	2ee1                	jal	80401e08 <kprintf>
80401a32:	80405437          	lui	s0,0x80405
80401a36:	a031                	j	80401a42 <kernel_run+0xea>
80401a38:	438c                	lw	a1,0(a5)
80401a3a:	19840513          	add	a0,s0,408 # 80405198 <__udivdi3+0xe94>
80401a3e:	0485                	add	s1,s1,1
80401a40:	26e1                	jal	80401e08 <kprintf>
80401a42:	8526                	mv	a0,s1
80401a44:	205000ef          	jal	80402448 <program_at>
80401a48:	87aa                	mv	a5,a0
80401a4a:	f57d                	bnez	a0,80401a38 <kernel_run+0xe0>
80401a4c:	80405537          	lui	a0,0x80405
80401a50:	19c50513          	add	a0,a0,412 # 8040519c <__udivdi3+0xe98>
80401a54:	2e55                	jal	80401e08 <kprintf>
80401a56:	4509                	li	a0,2
80401a58:	35cd                	jal	8040193a <power_off>
80401a5a:	45b2                	lw	a1,12(sp)
80401a5c:	80405537          	lui	a0,0x80405
80401a60:	1e850513          	add	a0,a0,488 # 804051e8 <__udivdi3+0xee4>
80401a64:	40c00633          	neg	a2,a2
80401a68:	2645                	jal	80401e08 <kprintf>
80401a6a:	07e00513          	li	a0,126
80401a6e:	35f1                	jal	8040193a <power_off>

80401a70 <sys_netinfo>:
80401a70:	1141                	add	sp,sp,-16
80401a72:	c606                	sw	ra,12(sp)
80401a74:	c422                	sw	s0,8(sp)
80401a76:	c226                	sw	s1,4(sp)
80401a78:	4c8020ef          	jal	80403f40 <arch_net_mac>
80401a7c:	c905                	beqz	a0,80401aac <sys_netinfo+0x3c>
80401a7e:	842a                	mv	s0,a0
80401a80:	210d                	jal	80401ea2 <myproc>
80401a82:	5904                	lw	s1,48(a0)
80401a84:	4501                	li	a0,0
80401a86:	373000ef          	jal	804025f8 <arg_raw>
80401a8a:	85aa                	mv	a1,a0
80401a8c:	4699                	li	a3,6
80401a8e:	8622                	mv	a2,s0
80401a90:	8526                	mv	a0,s1
80401a92:	69a010ef          	jal	8040312c <copyout>
80401a96:	87aa                	mv	a5,a0
80401a98:	4501                	li	a0,0
80401a9a:	0007c763          	bltz	a5,80401aa8 <sys_netinfo+0x38>
80401a9e:	40b2                	lw	ra,12(sp)
80401aa0:	4422                	lw	s0,8(sp)
80401aa2:	4492                	lw	s1,4(sp)
80401aa4:	0141                	add	sp,sp,16
80401aa6:	8082                	ret
80401aa8:	5549                	li	a0,-14
80401aaa:	bfd5                	j	80401a9e <sys_netinfo+0x2e>
80401aac:	5535                	li	a0,-19
80401aae:	bfc5                	j	80401a9e <sys_netinfo+0x2e>

80401ab0 <sys_netsend>:
80401ab0:	1141                	add	sp,sp,-16
80401ab2:	c606                	sw	ra,12(sp)
80401ab4:	c422                	sw	s0,8(sp)
80401ab6:	c226                	sw	s1,4(sp)
80401ab8:	c04a                	sw	s2,0(sp)
80401aba:	486020ef          	jal	80403f40 <arch_net_mac>
80401abe:	c931                	beqz	a0,80401b12 <sys_netsend+0x62>
80401ac0:	4505                	li	a0,1
80401ac2:	337000ef          	jal	804025f8 <arg_raw>
80401ac6:	ff250713          	add	a4,a0,-14
80401aca:	5dc00793          	li	a5,1500
80401ace:	842a                	mv	s0,a0
80401ad0:	04e7e363          	bltu	a5,a4,80401b16 <sys_netsend+0x66>
80401ad4:	26f9                	jal	80401ea2 <myproc>
80401ad6:	03052903          	lw	s2,48(a0)
80401ada:	4501                	li	a0,0
80401adc:	31d000ef          	jal	804025f8 <arg_raw>
80401ae0:	804704b7          	lui	s1,0x80470
80401ae4:	862a                	mv	a2,a0
80401ae6:	86a2                	mv	a3,s0
80401ae8:	8d448593          	add	a1,s1,-1836 # 8046f8d4 <tx_frame>
80401aec:	854a                	mv	a0,s2
80401aee:	588010ef          	jal	80403076 <copyin>
80401af2:	02054463          	bltz	a0,80401b1a <sys_netsend+0x6a>
80401af6:	85a2                	mv	a1,s0
80401af8:	8d448513          	add	a0,s1,-1836
80401afc:	448020ef          	jal	80403f44 <arch_net_send>
80401b00:	00054963          	bltz	a0,80401b12 <sys_netsend+0x62>
80401b04:	8522                	mv	a0,s0
80401b06:	40b2                	lw	ra,12(sp)
80401b08:	4422                	lw	s0,8(sp)
80401b0a:	4492                	lw	s1,4(sp)
80401b0c:	4902                	lw	s2,0(sp)
80401b0e:	0141                	add	sp,sp,16
80401b10:	8082                	ret
80401b12:	5535                	li	a0,-19
80401b14:	bfcd                	j	80401b06 <sys_netsend+0x56>
80401b16:	5529                	li	a0,-22
80401b18:	b7fd                	j	80401b06 <sys_netsend+0x56>
80401b1a:	5549                	li	a0,-14
80401b1c:	b7ed                	j	80401b06 <sys_netsend+0x56>

80401b1e <sys_netrecv>:
80401b1e:	1101                	add	sp,sp,-32
80401b20:	ce06                	sw	ra,28(sp)
80401b22:	cc22                	sw	s0,24(sp)
80401b24:	ca26                	sw	s1,20(sp)
80401b26:	c84a                	sw	s2,16(sp)
80401b28:	c64e                	sw	s3,12(sp)
80401b2a:	c452                	sw	s4,8(sp)
80401b2c:	c256                	sw	s5,4(sp)
80401b2e:	412020ef          	jal	80403f40 <arch_net_mac>
80401b32:	0e050b63          	beqz	a0,80401c28 <sys_netrecv+0x10a>
80401b36:	4501                	li	a0,0
80401b38:	2c1000ef          	jal	804025f8 <arg_raw>
80401b3c:	89aa                	mv	s3,a0
80401b3e:	4505                	li	a0,1
80401b40:	2b9000ef          	jal	804025f8 <arg_raw>
80401b44:	8a2a                	mv	s4,a0
80401b46:	c8102473          	rdtimeh	s0
80401b4a:	c01024f3          	rdtime	s1
80401b4e:	c81027f3          	rdtimeh	a5
80401b52:	fef41ae3          	bne	s0,a5,80401b46 <sys_netrecv+0x28>
80401b56:	4509                	li	a0,2
80401b58:	2a1000ef          	jal	804025f8 <arg_raw>
80401b5c:	6689                	lui	a3,0x2
80401b5e:	71068693          	add	a3,a3,1808 # 2710 <_entry-0x803fd8f0>
80401b62:	02d507b3          	mul	a5,a0,a3
80401b66:	80427937          	lui	s2,0x80427
80401b6a:	80427ab7          	lui	s5,0x80427
80401b6e:	03c92703          	lw	a4,60(s2) # 8042703c <rxq_head>
80401b72:	038aa603          	lw	a2,56(s5) # 80427038 <rxq_tail>
80401b76:	02d536b3          	mulhu	a3,a0,a3
80401b7a:	94be                	add	s1,s1,a5
80401b7c:	00f4b7b3          	sltu	a5,s1,a5
80401b80:	96a2                	add	a3,a3,s0
80401b82:	00d78433          	add	s0,a5,a3
80401b86:	02c71763          	bne	a4,a2,80401bb4 <sys_netrecv+0x96>
80401b8a:	c81027f3          	rdtimeh	a5
80401b8e:	c01026f3          	rdtime	a3
80401b92:	c8102773          	rdtimeh	a4
80401b96:	fee79ae3          	bne	a5,a4,80401b8a <sys_netrecv+0x6c>
80401b9a:	85a6                	mv	a1,s1
80401b9c:	8622                	mv	a2,s0
80401b9e:	03c90513          	add	a0,s2,60
80401ba2:	0487fc63          	bgeu	a5,s0,80401bfa <sys_netrecv+0xdc>
80401ba6:	2b81                	jal	804020f6 <sleep_until>
80401ba8:	03c92703          	lw	a4,60(s2)
80401bac:	038aa783          	lw	a5,56(s5)
80401bb0:	fcf70de3          	beq	a4,a5,80401b8a <sys_netrecv+0x6c>
80401bb4:	01f77413          	and	s0,a4,31
80401bb8:	5f000793          	li	a5,1520
80401bbc:	02f407b3          	mul	a5,s0,a5
80401bc0:	80470ab7          	lui	s5,0x80470
80401bc4:	ec0a8a93          	add	s5,s5,-320 # 8046fec0 <rxq>
80401bc8:	97d6                	add	a5,a5,s5
80401bca:	4384                	lw	s1,0(a5)
80401bcc:	0344e363          	bltu	s1,s4,80401bf2 <sys_netrecv+0xd4>
80401bd0:	020a1b63          	bnez	s4,80401c06 <sys_netrecv+0xe8>
80401bd4:	03c92783          	lw	a5,60(s2)
80401bd8:	8526                	mv	a0,s1
80401bda:	0785                	add	a5,a5,1
80401bdc:	02f92e23          	sw	a5,60(s2)
80401be0:	40f2                	lw	ra,28(sp)
80401be2:	4462                	lw	s0,24(sp)
80401be4:	44d2                	lw	s1,20(sp)
80401be6:	4942                	lw	s2,16(sp)
80401be8:	49b2                	lw	s3,12(sp)
80401bea:	4a22                	lw	s4,8(sp)
80401bec:	4a92                	lw	s5,4(sp)
80401bee:	6105                	add	sp,sp,32
80401bf0:	8082                	ret
80401bf2:	8a26                	mv	s4,s1
80401bf4:	fe0a00e3          	beqz	s4,80401bd4 <sys_netrecv+0xb6>
80401bf8:	a039                	j	80401c06 <sys_netrecv+0xe8>
80401bfa:	00f41463          	bne	s0,a5,80401c02 <sys_netrecv+0xe4>
80401bfe:	fa96e4e3          	bltu	a3,s1,80401ba6 <sys_netrecv+0x88>
80401c02:	4501                	li	a0,0
80401c04:	bff1                	j	80401be0 <sys_netrecv+0xc2>
80401c06:	2c71                	jal	80401ea2 <myproc>
80401c08:	5f000793          	li	a5,1520
80401c0c:	02f40733          	mul	a4,s0,a5
80401c10:	5908                	lw	a0,48(a0)
80401c12:	86d2                	mv	a3,s4
80401c14:	85ce                	mv	a1,s3
80401c16:	0711                	add	a4,a4,4
80401c18:	00ea8633          	add	a2,s5,a4
80401c1c:	510010ef          	jal	8040312c <copyout>
80401c20:	fa055ae3          	bgez	a0,80401bd4 <sys_netrecv+0xb6>
80401c24:	5549                	li	a0,-14
80401c26:	bf6d                	j	80401be0 <sys_netrecv+0xc2>
80401c28:	5535                	li	a0,-19
80401c2a:	bf5d                	j	80401be0 <sys_netrecv+0xc2>

80401c2c <print_uint>:
80401c2c:	7179                	add	sp,sp,-48
80401c2e:	ce4e                	sw	s3,28(sp)
80401c30:	89b2                	mv	s3,a2
80401c32:	80405637          	lui	a2,0x80405
80401c36:	d422                	sw	s0,40(sp)
80401c38:	d04a                	sw	s2,32(sp)
80401c3a:	cc52                	sw	s4,24(sp)
80401c3c:	d606                	sw	ra,44(sp)
80401c3e:	d226                	sw	s1,36(sp)
80401c40:	8a36                	mv	s4,a3
80401c42:	4401                	li	s0,0
80401c44:	00410913          	add	s2,sp,4
80401c48:	20c60613          	add	a2,a2,524 # 8040520c <__udivdi3+0xf08>
80401c4c:	02b577b3          	remu	a5,a0,a1
80401c50:	0405                	add	s0,s0,1
80401c52:	008904b3          	add	s1,s2,s0
80401c56:	872a                	mv	a4,a0
80401c58:	97b2                	add	a5,a5,a2
80401c5a:	0007c783          	lbu	a5,0(a5)
80401c5e:	02b55533          	divu	a0,a0,a1
80401c62:	fef48fa3          	sb	a5,-1(s1)
80401c66:	feb773e3          	bgeu	a4,a1,80401c4c <print_uint+0x20>
80401c6a:	01345863          	bge	s0,s3,80401c7a <print_uint+0x4e>
80401c6e:	0405                	add	s0,s0,1
80401c70:	8552                	mv	a0,s4
80401c72:	456020ef          	jal	804040c8 <arch_console_putc>
80401c76:	fe899ce3          	bne	s3,s0,80401c6e <print_uint+0x42>
80401c7a:	fff4c503          	lbu	a0,-1(s1)
80401c7e:	14fd                	add	s1,s1,-1
80401c80:	448020ef          	jal	804040c8 <arch_console_putc>
80401c84:	fe991be3          	bne	s2,s1,80401c7a <print_uint+0x4e>
80401c88:	50b2                	lw	ra,44(sp)
80401c8a:	5422                	lw	s0,40(sp)
80401c8c:	5492                	lw	s1,36(sp)
80401c8e:	5902                	lw	s2,32(sp)
80401c90:	49f2                	lw	s3,28(sp)
80401c92:	4a62                	lw	s4,24(sp)
80401c94:	6145                	add	sp,sp,48
80401c96:	8082                	ret

80401c98 <vkprintf>:
80401c98:	7139                	add	sp,sp,-64
80401c9a:	cc62                	sw	s8,24(sp)
80401c9c:	de06                	sw	ra,60(sp)
80401c9e:	dc22                	sw	s0,56(sp)
80401ca0:	da26                	sw	s1,52(sp)
80401ca2:	d84a                	sw	s2,48(sp)
80401ca4:	d64e                	sw	s3,44(sp)
80401ca6:	d452                	sw	s4,40(sp)
80401ca8:	d256                	sw	s5,36(sp)
80401caa:	d05a                	sw	s6,32(sp)
80401cac:	ce5e                	sw	s7,28(sp)
80401cae:	8c2a                	mv	s8,a0
80401cb0:	00054503          	lbu	a0,0(a0)
80401cb4:	c515                	beqz	a0,80401ce0 <vkprintf+0x48>
80401cb6:	80405ab7          	lui	s5,0x80405
80401cba:	89ae                	mv	s3,a1
80401cbc:	02500913          	li	s2,37
80401cc0:	03000a13          	li	s4,48
80401cc4:	4ba5                	li	s7,9
80401cc6:	4b55                	li	s6,21
80401cc8:	228a8a93          	add	s5,s5,552 # 80405228 <__udivdi3+0xf24>
80401ccc:	03250663          	beq	a0,s2,80401cf8 <vkprintf+0x60>
80401cd0:	3f8020ef          	jal	804040c8 <arch_console_putc>
80401cd4:	8462                	mv	s0,s8
80401cd6:	00144503          	lbu	a0,1(s0)
80401cda:	00140c13          	add	s8,s0,1
80401cde:	f57d                	bnez	a0,80401ccc <vkprintf+0x34>
80401ce0:	50f2                	lw	ra,60(sp)
80401ce2:	5462                	lw	s0,56(sp)
80401ce4:	54d2                	lw	s1,52(sp)
80401ce6:	5942                	lw	s2,48(sp)
80401ce8:	59b2                	lw	s3,44(sp)
80401cea:	5a22                	lw	s4,40(sp)
80401cec:	5a92                	lw	s5,36(sp)
80401cee:	5b02                	lw	s6,32(sp)
80401cf0:	4bf2                	lw	s7,28(sp)
80401cf2:	4c62                	lw	s8,24(sp)
80401cf4:	6121                	add	sp,sp,64
80401cf6:	8082                	ret
80401cf8:	001c4483          	lbu	s1,1(s8)
80401cfc:	001c0413          	add	s0,s8,1
80401d00:	02000693          	li	a3,32
80401d04:	01449863          	bne	s1,s4,80401d14 <vkprintf+0x7c>
80401d08:	002c4483          	lbu	s1,2(s8)
80401d0c:	002c0413          	add	s0,s8,2
80401d10:	03000693          	li	a3,48
80401d14:	fd048713          	add	a4,s1,-48
80401d18:	0ff77793          	zext.b	a5,a4
80401d1c:	4601                	li	a2,0
80401d1e:	02fbe163          	bltu	s7,a5,80401d40 <vkprintf+0xa8>
80401d22:	00144483          	lbu	s1,1(s0)
80401d26:	00261793          	sll	a5,a2,0x2
80401d2a:	97b2                	add	a5,a5,a2
80401d2c:	0786                	sll	a5,a5,0x1
80401d2e:	00f70633          	add	a2,a4,a5
80401d32:	fd048713          	add	a4,s1,-48
80401d36:	0ff77793          	zext.b	a5,a4
80401d3a:	0405                	add	s0,s0,1
80401d3c:	fefbf3e3          	bgeu	s7,a5,80401d22 <vkprintf+0x8a>
80401d40:	d0c5                	beqz	s1,80401ce0 <vkprintf+0x48>
80401d42:	01248c63          	beq	s1,s2,80401d5a <vkprintf+0xc2>
80401d46:	f9d48793          	add	a5,s1,-99
80401d4a:	0ff7f793          	zext.b	a5,a5
80401d4e:	00fb6b63          	bltu	s6,a5,80401d64 <vkprintf+0xcc>
80401d52:	078a                	sll	a5,a5,0x2
80401d54:	97d6                	add	a5,a5,s5
80401d56:	439c                	lw	a5,0(a5)
80401d58:	8782                	jr	a5
80401d5a:	02500513          	li	a0,37
80401d5e:	36a020ef          	jal	804040c8 <arch_console_putc>
80401d62:	bf95                	j	80401cd6 <vkprintf+0x3e>
80401d64:	02500513          	li	a0,37
80401d68:	360020ef          	jal	804040c8 <arch_console_putc>
80401d6c:	8526                	mv	a0,s1
80401d6e:	35a020ef          	jal	804040c8 <arch_console_putc>
80401d72:	b795                	j	80401cd6 <vkprintf+0x3e>
80401d74:	0009a503          	lw	a0,0(s3)
80401d78:	45c1                	li	a1,16
80401d7a:	0991                	add	s3,s3,4
80401d7c:	3d45                	jal	80401c2c <print_uint>
80401d7e:	bfa1                	j	80401cd6 <vkprintf+0x3e>
80401d80:	0009a503          	lw	a0,0(s3)
80401d84:	45a9                	li	a1,10
80401d86:	0991                	add	s3,s3,4
80401d88:	bfd5                	j	80401d7c <vkprintf+0xe4>
80401d8a:	0009a483          	lw	s1,0(s3)
80401d8e:	0991                	add	s3,s3,4
80401d90:	e489                	bnez	s1,80401d9a <vkprintf+0x102>
80401d92:	a0a5                	j	80401dfa <vkprintf+0x162>
80401d94:	0485                	add	s1,s1,1
80401d96:	332020ef          	jal	804040c8 <arch_console_putc>
80401d9a:	0004c503          	lbu	a0,0(s1)
80401d9e:	f97d                	bnez	a0,80401d94 <vkprintf+0xfc>
80401da0:	bf1d                	j	80401cd6 <vkprintf+0x3e>
80401da2:	03000513          	li	a0,48
80401da6:	322020ef          	jal	804040c8 <arch_console_putc>
80401daa:	07800513          	li	a0,120
80401dae:	31a020ef          	jal	804040c8 <arch_console_putc>
80401db2:	0009a503          	lw	a0,0(s3)
80401db6:	03000693          	li	a3,48
80401dba:	0991                	add	s3,s3,4
80401dbc:	4621                	li	a2,8
80401dbe:	45c1                	li	a1,16
80401dc0:	bf75                	j	80401d7c <vkprintf+0xe4>
80401dc2:	0009a483          	lw	s1,0(s3)
80401dc6:	0991                	add	s3,s3,4
80401dc8:	0004cc63          	bltz	s1,80401de0 <vkprintf+0x148>
80401dcc:	45a9                	li	a1,10
80401dce:	8526                	mv	a0,s1
80401dd0:	3db1                	jal	80401c2c <print_uint>
80401dd2:	b711                	j	80401cd6 <vkprintf+0x3e>
80401dd4:	0009a503          	lw	a0,0(s3)
80401dd8:	0991                	add	s3,s3,4
80401dda:	2ee020ef          	jal	804040c8 <arch_console_putc>
80401dde:	bde5                	j	80401cd6 <vkprintf+0x3e>
80401de0:	02d00513          	li	a0,45
80401de4:	c636                	sw	a3,12(sp)
80401de6:	c432                	sw	a2,8(sp)
80401de8:	2e0020ef          	jal	804040c8 <arch_console_putc>
80401dec:	46b2                	lw	a3,12(sp)
80401dee:	4622                	lw	a2,8(sp)
80401df0:	45a9                	li	a1,10
80401df2:	40900533          	neg	a0,s1
80401df6:	3d1d                	jal	80401c2c <print_uint>
80401df8:	bdf9                	j	80401cd6 <vkprintf+0x3e>
80401dfa:	804054b7          	lui	s1,0x80405
80401dfe:	02800513          	li	a0,40
80401e02:	22048493          	add	s1,s1,544 # 80405220 <__udivdi3+0xf1c>
80401e06:	b779                	j	80401d94 <vkprintf+0xfc>

80401e08 <kprintf>:
80401e08:	7139                	add	sp,sp,-64
80401e0a:	02410313          	add	t1,sp,36
80401e0e:	d22e                	sw	a1,36(sp)
80401e10:	859a                	mv	a1,t1
80401e12:	ce06                	sw	ra,28(sp)
80401e14:	d432                	sw	a2,40(sp)
80401e16:	d636                	sw	a3,44(sp)
80401e18:	d83a                	sw	a4,48(sp)
80401e1a:	da3e                	sw	a5,52(sp)
80401e1c:	dc42                	sw	a6,56(sp)
80401e1e:	de46                	sw	a7,60(sp)
80401e20:	c61a                	sw	t1,12(sp)
80401e22:	3d9d                	jal	80401c98 <vkprintf>
80401e24:	2bc020ef          	jal	804040e0 <arch_console_flush>
80401e28:	40f2                	lw	ra,28(sp)
80401e2a:	6121                	add	sp,sp,64
80401e2c:	8082                	ret

80401e2e <panic>:
80401e2e:	7139                	add	sp,sp,-64
80401e30:	cc22                	sw	s0,24(sp)
80401e32:	da3e                	sw	a5,52(sp)
80401e34:	ce06                	sw	ra,28(sp)
80401e36:	842a                	mv	s0,a0
80401e38:	d22e                	sw	a1,36(sp)
80401e3a:	d432                	sw	a2,40(sp)
80401e3c:	d636                	sw	a3,44(sp)
80401e3e:	d83a                	sw	a4,48(sp)
80401e40:	dc42                	sw	a6,56(sp)
80401e42:	de46                	sw	a7,60(sp)
80401e44:	4789                	li	a5,2
80401e46:	1007b073          	csrc	sstatus,a5
80401e4a:	80405537          	lui	a0,0x80405
80401e4e:	28050513          	add	a0,a0,640 # 80405280 <__udivdi3+0xf7c>
80401e52:	3f5d                	jal	80401e08 <kprintf>
80401e54:	104c                	add	a1,sp,36
80401e56:	8522                	mv	a0,s0
80401e58:	c62e                	sw	a1,12(sp)
80401e5a:	3d3d                	jal	80401c98 <vkprintf>
80401e5c:	4529                	li	a0,10
80401e5e:	26a020ef          	jal	804040c8 <arch_console_putc>
80401e62:	27e020ef          	jal	804040e0 <arch_console_flush>
80401e66:	4a6010ef          	jal	8040330c <arch_crash>

80401e6a <proc_first_run>:
80401e6a:	1141                	add	sp,sp,-16
80401e6c:	c606                	sw	ra,12(sp)
80401e6e:	611000ef          	jal	80402c7e <user_trap_return>

80401e72 <proc_init>:
80401e72:	804fc6b7          	lui	a3,0x804fc
80401e76:	660d                	lui	a2,0x3
80401e78:	03c60613          	add	a2,a2,60 # 303c <_entry-0x803fcfc4>
80401e7c:	8047c737          	lui	a4,0x8047c
80401e80:	804fc7b7          	lui	a5,0x804fc
80401e84:	d0068693          	add	a3,a3,-768 # 804fbd00 <procs>
80401e88:	96b2                	add	a3,a3,a2
80401e8a:	d0070713          	add	a4,a4,-768 # 8047bd00 <kstacks>
80401e8e:	d3c78793          	add	a5,a5,-708 # 804fbd3c <procs+0x3c>
80401e92:	6609                	lui	a2,0x2
80401e94:	c398                	sw	a4,0(a5)
80401e96:	0c078793          	add	a5,a5,192
80401e9a:	9732                	add	a4,a4,a2
80401e9c:	fed79ce3          	bne	a5,a3,80401e94 <proc_init+0x22>
80401ea0:	8082                	ret

80401ea2 <myproc>:
80401ea2:	804277b7          	lui	a5,0x80427
80401ea6:	0447a503          	lw	a0,68(a5) # 80427044 <current>
80401eaa:	8082                	ret

80401eac <proc_alloc>:
80401eac:	1101                	add	sp,sp,-32
80401eae:	804fc7b7          	lui	a5,0x804fc
80401eb2:	cc22                	sw	s0,24(sp)
80401eb4:	c64e                	sw	s3,12(sp)
80401eb6:	ce06                	sw	ra,28(sp)
80401eb8:	d0078993          	add	s3,a5,-768 # 804fbd00 <procs>
80401ebc:	ca26                	sw	s1,20(sp)
80401ebe:	c84a                	sw	s2,16(sp)
80401ec0:	c452                	sw	s4,8(sp)
80401ec2:	d0078793          	add	a5,a5,-768
80401ec6:	4401                	li	s0,0
80401ec8:	04000693          	li	a3,64
80401ecc:	4398                	lw	a4,0(a5)
80401ece:	0c078793          	add	a5,a5,192
80401ed2:	e75d                	bnez	a4,80401f80 <proc_alloc+0xd4>
80401ed4:	7f1010ef          	jal	80403ec4 <uvm_create>
80401ed8:	00141793          	sll	a5,s0,0x1
80401edc:	008784b3          	add	s1,a5,s0
80401ee0:	049a                	sll	s1,s1,0x6
80401ee2:	00998933          	add	s2,s3,s1
80401ee6:	02a92823          	sw	a0,48(s2)
80401eea:	cd51                	beqz	a0,80401f86 <proc_alloc+0xda>
80401eec:	80427637          	lui	a2,0x80427
80401ef0:	01c62703          	lw	a4,28(a2) # 8042701c <next_pid>
80401ef4:	4685                	li	a3,1
80401ef6:	4801                	li	a6,0
80401ef8:	00170593          	add	a1,a4,1
80401efc:	4881                	li	a7,0
80401efe:	00d92023          	sw	a3,0(s2)
80401f02:	03092423          	sw	a6,40(s2)
80401f06:	03192623          	sw	a7,44(s2)
80401f0a:	00b62e23          	sw	a1,28(a2)
80401f0e:	00e92223          	sw	a4,4(s2)
80401f12:	8a4a                	mv	s4,s2
80401f14:	00d71663          	bne	a4,a3,80401f20 <proc_alloc+0x74>
80401f18:	80427737          	lui	a4,0x80427
80401f1c:	05272023          	sw	s2,64(a4) # 80427040 <init_proc>
80401f20:	943e                	add	s0,s0,a5
80401f22:	041a                	sll	s0,s0,0x6
80401f24:	944e                	add	s0,s0,s3
80401f26:	5c48                	lw	a0,60(s0)
80401f28:	6789                	lui	a5,0x2
80401f2a:	f7078793          	add	a5,a5,-144 # 1f70 <_entry-0x803fe090>
80401f2e:	953e                	add	a0,a0,a5
80401f30:	09000613          	li	a2,144
80401f34:	4581                	li	a1,0
80401f36:	c028                	sw	a0,64(s0)
80401f38:	233d                	jal	80402466 <memset>
80401f3a:	04448513          	add	a0,s1,68
80401f3e:	03800613          	li	a2,56
80401f42:	4581                	li	a1,0
80401f44:	954e                	add	a0,a0,s3
80401f46:	2305                	jal	80402466 <memset>
80401f48:	4038                	lw	a4,64(s0)
80401f4a:	804027b7          	lui	a5,0x80402
80401f4e:	e6a78793          	add	a5,a5,-406 # 80401e6a <proc_first_run>
80401f52:	c07c                	sw	a5,68(s0)
80401f54:	c438                	sw	a4,72(s0)
80401f56:	448d                	li	s1,3
80401f58:	4401                	li	s0,0
80401f5a:	b9dfe0ef          	jal	80400af6 <file_console>
80401f5e:	bfbfe0ef          	jal	80400b58 <file_dup>
80401f62:	06a92e23          	sw	a0,124(s2)
80401f66:	0405                	add	s0,s0,1
80401f68:	0911                	add	s2,s2,4
80401f6a:	fe9418e3          	bne	s0,s1,80401f5a <proc_alloc+0xae>
80401f6e:	40f2                	lw	ra,28(sp)
80401f70:	4462                	lw	s0,24(sp)
80401f72:	44d2                	lw	s1,20(sp)
80401f74:	4942                	lw	s2,16(sp)
80401f76:	49b2                	lw	s3,12(sp)
80401f78:	8552                	mv	a0,s4
80401f7a:	4a22                	lw	s4,8(sp)
80401f7c:	6105                	add	sp,sp,32
80401f7e:	8082                	ret
80401f80:	0405                	add	s0,s0,1
80401f82:	f4d415e3          	bne	s0,a3,80401ecc <proc_alloc+0x20>
80401f86:	4a01                	li	s4,0
80401f88:	b7dd                	j	80401f6e <proc_alloc+0xc2>

80401f8a <proc_free>:
80401f8a:	1141                	add	sp,sp,-16
80401f8c:	c422                	sw	s0,8(sp)
80401f8e:	c226                	sw	s1,4(sp)
80401f90:	c04a                	sw	s2,0(sp)
80401f92:	c606                	sw	ra,12(sp)
80401f94:	892a                	mv	s2,a0
80401f96:	07c50413          	add	s0,a0,124
80401f9a:	0bc50493          	add	s1,a0,188
80401f9e:	4008                	lw	a0,0(s0)
80401fa0:	c509                	beqz	a0,80401faa <proc_free+0x20>
80401fa2:	bbffe0ef          	jal	80400b60 <file_close>
80401fa6:	00042023          	sw	zero,0(s0)
80401faa:	0411                	add	s0,s0,4
80401fac:	fe9419e3          	bne	s0,s1,80401f9e <proc_free+0x14>
80401fb0:	03092503          	lw	a0,48(s2)
80401fb4:	c119                	beqz	a0,80401fba <proc_free+0x30>
80401fb6:	64f000ef          	jal	80402e04 <uvm_free>
80401fba:	03c92403          	lw	s0,60(s2)
80401fbe:	854a                	mv	a0,s2
80401fc0:	0c000613          	li	a2,192
80401fc4:	4581                	li	a1,0
80401fc6:	2145                	jal	80402466 <memset>
80401fc8:	40b2                	lw	ra,12(sp)
80401fca:	02892e23          	sw	s0,60(s2)
80401fce:	4422                	lw	s0,8(sp)
80401fd0:	00092023          	sw	zero,0(s2)
80401fd4:	4492                	lw	s1,4(sp)
80401fd6:	4902                	lw	s2,0(sp)
80401fd8:	0141                	add	sp,sp,16
80401fda:	8082                	ret

80401fdc <scheduler>:
80401fdc:	7179                	add	sp,sp,-48
80401fde:	d04a                	sw	s2,32(sp)
80401fe0:	c65e                	sw	s7,12(sp)
80401fe2:	aaaab937          	lui	s2,0xaaaab
80401fe6:	804fcbb7          	lui	s7,0x804fc
80401fea:	d226                	sw	s1,36(sp)
80401fec:	ce4e                	sw	s3,28(sp)
80401fee:	cc52                	sw	s4,24(sp)
80401ff0:	ca56                	sw	s5,20(sp)
80401ff2:	c85a                	sw	s6,16(sp)
80401ff4:	c462                	sw	s8,8(sp)
80401ff6:	c266                	sw	s9,4(sp)
80401ff8:	c06a                	sw	s10,0(sp)
80401ffa:	d606                	sw	ra,44(sp)
80401ffc:	d422                	sw	s0,40(sp)
80401ffe:	4d01                	li	s10,0
80402000:	04000c13          	li	s8,64
80402004:	d00b8b93          	add	s7,s7,-768 # 804fbd00 <procs>
80402008:	804274b7          	lui	s1,0x80427
8040200c:	8047cab7          	lui	s5,0x8047c
80402010:	80427a37          	lui	s4,0x80427
80402014:	4c89                	li	s9,2
80402016:	aab90913          	add	s2,s2,-1365 # aaaaaaab <kernel_end+0x2a5abaab>
8040201a:	498d                	li	s3,3
8040201c:	4b15                	li	s6,5
8040201e:	86ea                	mv	a3,s10
80402020:	a021                	j	80402028 <scheduler+0x4c>
80402022:	0685                	add	a3,a3,1
80402024:	06dc0e63          	beq	s8,a3,804020a0 <scheduler+0xc4>
80402028:	41f6d713          	sra	a4,a3,0x1f
8040202c:	8369                	srl	a4,a4,0x1a
8040202e:	00e687b3          	add	a5,a3,a4
80402032:	03f7f793          	and	a5,a5,63
80402036:	8f99                	sub	a5,a5,a4
80402038:	00179413          	sll	s0,a5,0x1
8040203c:	943e                	add	s0,s0,a5
8040203e:	041a                	sll	s0,s0,0x6
80402040:	008b87b3          	add	a5,s7,s0
80402044:	4398                	lw	a4,0(a5)
80402046:	fd971ee3          	bne	a4,s9,80402022 <scheduler+0x46>
8040204a:	40645713          	sra	a4,s0,0x6
8040204e:	03270733          	mul	a4,a4,s2
80402052:	5b88                	lw	a0,48(a5)
80402054:	04f4a223          	sw	a5,68(s1) # 80427044 <current>
80402058:	0137a023          	sw	s3,0(a5)
8040205c:	00170793          	add	a5,a4,1
80402060:	41f7d713          	sra	a4,a5,0x1f
80402064:	8369                	srl	a4,a4,0x1a
80402066:	00e78d33          	add	s10,a5,a4
8040206a:	03fd7d13          	and	s10,s10,63
8040206e:	40ed0d33          	sub	s10,s10,a4
80402072:	62f010ef          	jal	80403ea0 <vm_switch>
80402076:	04440593          	add	a1,s0,68
8040207a:	95de                	add	a1,a1,s7
8040207c:	cc0a8513          	add	a0,s5,-832 # 8047bcc0 <scheduler_context>
80402080:	21a020ef          	jal	8040429a <swtch>
80402084:	040a2783          	lw	a5,64(s4) # 80427040 <init_proc>
80402088:	0404a223          	sw	zero,68(s1)
8040208c:	c781                	beqz	a5,80402094 <scheduler+0xb8>
8040208e:	4398                	lw	a4,0(a5)
80402090:	01670563          	beq	a4,s6,8040209a <scheduler+0xbe>
80402094:	040d0c13          	add	s8,s10,64
80402098:	b759                	j	8040201e <scheduler+0x42>
8040209a:	4fc8                	lw	a0,28(a5)
8040209c:	89fff0ef          	jal	8040193a <power_off>
804020a0:	7cb010ef          	jal	8040406a <arch_idle>
804020a4:	bfad                	j	8040201e <scheduler+0x42>

804020a6 <yield>:
804020a6:	804277b7          	lui	a5,0x80427
804020aa:	0447a503          	lw	a0,68(a5) # 80427044 <current>
804020ae:	8047c5b7          	lui	a1,0x8047c
804020b2:	4789                	li	a5,2
804020b4:	c11c                	sw	a5,0(a0)
804020b6:	cc058593          	add	a1,a1,-832 # 8047bcc0 <scheduler_context>
804020ba:	04450513          	add	a0,a0,68
804020be:	1dc0206f          	j	8040429a <swtch>

804020c2 <sleep_on>:
804020c2:	1141                	add	sp,sp,-16
804020c4:	c422                	sw	s0,8(sp)
804020c6:	80427437          	lui	s0,0x80427
804020ca:	04442783          	lw	a5,68(s0) # 80427044 <current>
804020ce:	c606                	sw	ra,12(sp)
804020d0:	4711                	li	a4,4
804020d2:	8047c5b7          	lui	a1,0x8047c
804020d6:	d388                	sw	a0,32(a5)
804020d8:	c398                	sw	a4,0(a5)
804020da:	04478513          	add	a0,a5,68
804020de:	cc058593          	add	a1,a1,-832 # 8047bcc0 <scheduler_context>
804020e2:	1b8020ef          	jal	8040429a <swtch>
804020e6:	04442783          	lw	a5,68(s0)
804020ea:	40b2                	lw	ra,12(sp)
804020ec:	4422                	lw	s0,8(sp)
804020ee:	0207a023          	sw	zero,32(a5)
804020f2:	0141                	add	sp,sp,16
804020f4:	8082                	ret

804020f6 <sleep_until>:
804020f6:	1141                	add	sp,sp,-16
804020f8:	c422                	sw	s0,8(sp)
804020fa:	80427437          	lui	s0,0x80427
804020fe:	04442783          	lw	a5,68(s0) # 80427044 <current>
80402102:	c606                	sw	ra,12(sp)
80402104:	4711                	li	a4,4
80402106:	d78c                	sw	a1,40(a5)
80402108:	8047c5b7          	lui	a1,0x8047c
8040210c:	d388                	sw	a0,32(a5)
8040210e:	c398                	sw	a4,0(a5)
80402110:	d7d0                	sw	a2,44(a5)
80402112:	04478513          	add	a0,a5,68
80402116:	cc058593          	add	a1,a1,-832 # 8047bcc0 <scheduler_context>
8040211a:	180020ef          	jal	8040429a <swtch>
8040211e:	04442783          	lw	a5,68(s0)
80402122:	40b2                	lw	ra,12(sp)
80402124:	4422                	lw	s0,8(sp)
80402126:	4681                	li	a3,0
80402128:	4701                	li	a4,0
8040212a:	0207a023          	sw	zero,32(a5)
8040212e:	d794                	sw	a3,40(a5)
80402130:	d7d8                	sw	a4,44(a5)
80402132:	0141                	add	sp,sp,16
80402134:	8082                	ret

80402136 <wakeup_expired>:
80402136:	804fc7b7          	lui	a5,0x804fc
8040213a:	d0078793          	add	a5,a5,-768 # 804fbd00 <procs>
8040213e:	668d                	lui	a3,0x3
80402140:	96be                	add	a3,a3,a5
80402142:	4611                	li	a2,4
80402144:	4309                	li	t1,2
80402146:	a029                	j	80402150 <wakeup_expired+0x1a>
80402148:	0c078793          	add	a5,a5,192
8040214c:	02f68863          	beq	a3,a5,8040217c <wakeup_expired+0x46>
80402150:	4398                	lw	a4,0(a5)
80402152:	fec71be3          	bne	a4,a2,80402148 <wakeup_expired+0x12>
80402156:	57d8                	lw	a4,44(a5)
80402158:	0287a803          	lw	a6,40(a5)
8040215c:	00e868b3          	or	a7,a6,a4
80402160:	fe0884e3          	beqz	a7,80402148 <wakeup_expired+0x12>
80402164:	fee5e2e3          	bltu	a1,a4,80402148 <wakeup_expired+0x12>
80402168:	00b71463          	bne	a4,a1,80402170 <wakeup_expired+0x3a>
8040216c:	fd056ee3          	bltu	a0,a6,80402148 <wakeup_expired+0x12>
80402170:	0067a023          	sw	t1,0(a5)
80402174:	0c078793          	add	a5,a5,192
80402178:	fcf69ce3          	bne	a3,a5,80402150 <wakeup_expired+0x1a>
8040217c:	8082                	ret

8040217e <wakeup>:
8040217e:	804fc7b7          	lui	a5,0x804fc
80402182:	d0078793          	add	a5,a5,-768 # 804fbd00 <procs>
80402186:	668d                	lui	a3,0x3
80402188:	96be                	add	a3,a3,a5
8040218a:	4611                	li	a2,4
8040218c:	4589                	li	a1,2
8040218e:	a029                	j	80402198 <wakeup+0x1a>
80402190:	0c078793          	add	a5,a5,192
80402194:	00f68d63          	beq	a3,a5,804021ae <wakeup+0x30>
80402198:	4398                	lw	a4,0(a5)
8040219a:	fec71be3          	bne	a4,a2,80402190 <wakeup+0x12>
8040219e:	5398                	lw	a4,32(a5)
804021a0:	fea718e3          	bne	a4,a0,80402190 <wakeup+0x12>
804021a4:	c38c                	sw	a1,0(a5)
804021a6:	0c078793          	add	a5,a5,192
804021aa:	fef697e3          	bne	a3,a5,80402198 <wakeup+0x1a>
804021ae:	8082                	ret

804021b0 <proc_close_all>:
804021b0:	1141                	add	sp,sp,-16
804021b2:	c04a                	sw	s2,0(sp)
804021b4:	678d                	lui	a5,0x3
804021b6:	804fc937          	lui	s2,0x804fc
804021ba:	d0090913          	add	s2,s2,-768 # 804fbd00 <procs>
804021be:	0bc78793          	add	a5,a5,188 # 30bc <_entry-0x803fcf44>
804021c2:	c226                	sw	s1,4(sp)
804021c4:	c606                	sw	ra,12(sp)
804021c6:	0bc90493          	add	s1,s2,188
804021ca:	c422                	sw	s0,8(sp)
804021cc:	993e                	add	s2,s2,a5
804021ce:	fc048413          	add	s0,s1,-64
804021d2:	4008                	lw	a0,0(s0)
804021d4:	c509                	beqz	a0,804021de <proc_close_all+0x2e>
804021d6:	98bfe0ef          	jal	80400b60 <file_close>
804021da:	00042023          	sw	zero,0(s0)
804021de:	0411                	add	s0,s0,4
804021e0:	fe9419e3          	bne	s0,s1,804021d2 <proc_close_all+0x22>
804021e4:	0c040493          	add	s1,s0,192
804021e8:	ff2493e3          	bne	s1,s2,804021ce <proc_close_all+0x1e>
804021ec:	40b2                	lw	ra,12(sp)
804021ee:	4422                	lw	s0,8(sp)
804021f0:	4492                	lw	s1,4(sp)
804021f2:	4902                	lw	s2,0(sp)
804021f4:	0141                	add	sp,sp,16
804021f6:	8082                	ret

804021f8 <proc_exit>:
804021f8:	1101                	add	sp,sp,-32
804021fa:	c84a                	sw	s2,16(sp)
804021fc:	80427937          	lui	s2,0x80427
80402200:	c64e                	sw	s3,12(sp)
80402202:	04492983          	lw	s3,68(s2) # 80427044 <current>
80402206:	cc22                	sw	s0,24(sp)
80402208:	ca26                	sw	s1,20(sp)
8040220a:	c452                	sw	s4,8(sp)
8040220c:	ce06                	sw	ra,28(sp)
8040220e:	84aa                	mv	s1,a0
80402210:	07c98413          	add	s0,s3,124
80402214:	0bc98a13          	add	s4,s3,188
80402218:	4008                	lw	a0,0(s0)
8040221a:	c509                	beqz	a0,80402224 <proc_exit+0x2c>
8040221c:	945fe0ef          	jal	80400b60 <file_close>
80402220:	00042023          	sw	zero,0(s0)
80402224:	0411                	add	s0,s0,4
80402226:	ff4419e3          	bne	s0,s4,80402218 <proc_exit+0x20>
8040222a:	660d                	lui	a2,0x3
8040222c:	804fce37          	lui	t3,0x804fc
80402230:	d00e0e13          	add	t3,t3,-768 # 804fbd00 <procs>
80402234:	00860513          	add	a0,a2,8 # 3008 <_entry-0x803fcff8>
80402238:	804277b7          	lui	a5,0x80427
8040223c:	804fc737          	lui	a4,0x804fc
80402240:	0407a803          	lw	a6,64(a5) # 80427040 <init_proc>
80402244:	d0870713          	add	a4,a4,-760 # 804fbd08 <procs+0x8>
80402248:	9572                	add	a0,a0,t3
8040224a:	4315                	li	t1,5
8040224c:	9672                	add	a2,a2,t3
8040224e:	4591                	li	a1,4
80402250:	4889                	li	a7,2
80402252:	a029                	j	8040225c <proc_exit+0x64>
80402254:	0c070713          	add	a4,a4,192
80402258:	02a70b63          	beq	a4,a0,8040228e <proc_exit+0x96>
8040225c:	ff872783          	lw	a5,-8(a4)
80402260:	dbf5                	beqz	a5,80402254 <proc_exit+0x5c>
80402262:	4314                	lw	a3,0(a4)
80402264:	fed998e3          	bne	s3,a3,80402254 <proc_exit+0x5c>
80402268:	01072023          	sw	a6,0(a4)
8040226c:	fe6794e3          	bne	a5,t1,80402254 <proc_exit+0x5c>
80402270:	87f2                	mv	a5,t3
80402272:	a029                	j	8040227c <proc_exit+0x84>
80402274:	0c078793          	add	a5,a5,192
80402278:	fcf60ee3          	beq	a2,a5,80402254 <proc_exit+0x5c>
8040227c:	4394                	lw	a3,0(a5)
8040227e:	feb69be3          	bne	a3,a1,80402274 <proc_exit+0x7c>
80402282:	5394                	lw	a3,32(a5)
80402284:	fed818e3          	bne	a6,a3,80402274 <proc_exit+0x7c>
80402288:	0117a023          	sw	a7,0(a5)
8040228c:	b7e5                	j	80402274 <proc_exit+0x7c>
8040228e:	0089a503          	lw	a0,8(s3)
80402292:	4795                	li	a5,5
80402294:	0099ae23          	sw	s1,28(s3)
80402298:	00f9a023          	sw	a5,0(s3)
8040229c:	c111                	beqz	a0,804022a0 <proc_exit+0xa8>
8040229e:	35c5                	jal	8040217e <wakeup>
804022a0:	04492503          	lw	a0,68(s2)
804022a4:	c11d                	beqz	a0,804022ca <proc_exit+0xd2>
804022a6:	4118                	lw	a4,0(a0)
804022a8:	478d                	li	a5,3
804022aa:	02f70063          	beq	a4,a5,804022ca <proc_exit+0xd2>
804022ae:	8047c5b7          	lui	a1,0x8047c
804022b2:	04450513          	add	a0,a0,68
804022b6:	cc058593          	add	a1,a1,-832 # 8047bcc0 <scheduler_context>
804022ba:	7e1010ef          	jal	8040429a <swtch>
804022be:	80405537          	lui	a0,0x80405
804022c2:	2ac50513          	add	a0,a0,684 # 804052ac <__udivdi3+0xfa8>
804022c6:	b69ff0ef          	jal	80401e2e <panic>
804022ca:	80405537          	lui	a0,0x80405
804022ce:	28850513          	add	a0,a0,648 # 80405288 <__udivdi3+0xf84>
804022d2:	b5dff0ef          	jal	80401e2e <panic>

804022d6 <proc_wait>:
804022d6:	7179                	add	sp,sp,-48
804022d8:	c462                	sw	s8,8(sp)
804022da:	80427c37          	lui	s8,0x80427
804022de:	d04a                	sw	s2,32(sp)
804022e0:	044c2903          	lw	s2,68(s8) # 80427044 <current>
804022e4:	cc52                	sw	s4,24(sp)
804022e6:	804fca37          	lui	s4,0x804fc
804022ea:	d226                	sw	s1,36(sp)
804022ec:	ce4e                	sw	s3,28(sp)
804022ee:	ca56                	sw	s5,20(sp)
804022f0:	c85a                	sw	s6,16(sp)
804022f2:	c65e                	sw	s7,12(sp)
804022f4:	d606                	sw	ra,44(sp)
804022f6:	d422                	sw	s0,40(sp)
804022f8:	89aa                	mv	s3,a0
804022fa:	8aae                	mv	s5,a1
804022fc:	d00a0a13          	add	s4,s4,-768 # 804fbd00 <procs>
80402300:	5b7d                	li	s6,-1
80402302:	4b95                	li	s7,5
80402304:	04000493          	li	s1,64
80402308:	87d2                	mv	a5,s4
8040230a:	4401                	li	s0,0
8040230c:	4601                	li	a2,0
8040230e:	a031                	j	8040231a <proc_wait+0x44>
80402310:	0405                	add	s0,s0,1
80402312:	0c078793          	add	a5,a5,192
80402316:	06940063          	beq	s0,s1,80402376 <proc_wait+0xa0>
8040231a:	4398                	lw	a4,0(a5)
8040231c:	db75                	beqz	a4,80402310 <proc_wait+0x3a>
8040231e:	4794                	lw	a3,8(a5)
80402320:	ff2698e3          	bne	a3,s2,80402310 <proc_wait+0x3a>
80402324:	01698563          	beq	s3,s6,8040232e <proc_wait+0x58>
80402328:	43d4                	lw	a3,4(a5)
8040232a:	ff3693e3          	bne	a3,s3,80402310 <proc_wait+0x3a>
8040232e:	03771e63          	bne	a4,s7,8040236a <proc_wait+0x94>
80402332:	00141493          	sll	s1,s0,0x1
80402336:	008489b3          	add	s3,s1,s0
8040233a:	099a                	sll	s3,s3,0x6
8040233c:	060a9163          	bnez	s5,8040239e <proc_wait+0xc8>
80402340:	94a2                	add	s1,s1,s0
80402342:	049a                	sll	s1,s1,0x6
80402344:	94d2                	add	s1,s1,s4
80402346:	013a0533          	add	a0,s4,s3
8040234a:	40c0                	lw	s0,4(s1)
8040234c:	c3fff0ef          	jal	80401f8a <proc_free>
80402350:	50b2                	lw	ra,44(sp)
80402352:	8522                	mv	a0,s0
80402354:	5422                	lw	s0,40(sp)
80402356:	5492                	lw	s1,36(sp)
80402358:	5902                	lw	s2,32(sp)
8040235a:	49f2                	lw	s3,28(sp)
8040235c:	4a62                	lw	s4,24(sp)
8040235e:	4ad2                	lw	s5,20(sp)
80402360:	4b42                	lw	s6,16(sp)
80402362:	4bb2                	lw	s7,12(sp)
80402364:	4c22                	lw	s8,8(sp)
80402366:	6145                	add	sp,sp,48
80402368:	8082                	ret
8040236a:	0405                	add	s0,s0,1
8040236c:	4605                	li	a2,1
8040236e:	0c078793          	add	a5,a5,192
80402372:	fa9414e3          	bne	s0,s1,8040231a <proc_wait+0x44>
80402376:	c229                	beqz	a2,804023b8 <proc_wait+0xe2>
80402378:	044c2503          	lw	a0,68(s8)
8040237c:	4791                	li	a5,4
8040237e:	8047c5b7          	lui	a1,0x8047c
80402382:	c11c                	sw	a5,0(a0)
80402384:	03252023          	sw	s2,32(a0)
80402388:	cc058593          	add	a1,a1,-832 # 8047bcc0 <scheduler_context>
8040238c:	04450513          	add	a0,a0,68
80402390:	70b010ef          	jal	8040429a <swtch>
80402394:	044c2783          	lw	a5,68(s8)
80402398:	0207a023          	sw	zero,32(a5)
8040239c:	b7b5                	j	80402308 <proc_wait+0x32>
8040239e:	03092503          	lw	a0,48(s2)
804023a2:	01c98613          	add	a2,s3,28
804023a6:	4691                	li	a3,4
804023a8:	9652                	add	a2,a2,s4
804023aa:	85d6                	mv	a1,s5
804023ac:	581000ef          	jal	8040312c <copyout>
804023b0:	f80558e3          	bgez	a0,80402340 <proc_wait+0x6a>
804023b4:	5449                	li	s0,-14
804023b6:	bf69                	j	80402350 <proc_wait+0x7a>
804023b8:	5459                	li	s0,-10
804023ba:	bf59                	j	80402350 <proc_wait+0x7a>

804023bc <fd_alloc>:
804023bc:	804277b7          	lui	a5,0x80427
804023c0:	0447a583          	lw	a1,68(a5) # 80427044 <current>
804023c4:	862a                	mv	a2,a0
804023c6:	46c1                	li	a3,16
804023c8:	07c58793          	add	a5,a1,124
804023cc:	4501                	li	a0,0
804023ce:	4398                	lw	a4,0(a5)
804023d0:	0791                	add	a5,a5,4
804023d2:	c711                	beqz	a4,804023de <fd_alloc+0x22>
804023d4:	0505                	add	a0,a0,1
804023d6:	fed51ce3          	bne	a0,a3,804023ce <fd_alloc+0x12>
804023da:	5521                	li	a0,-24
804023dc:	8082                	ret
804023de:	01c50793          	add	a5,a0,28
804023e2:	078a                	sll	a5,a5,0x2
804023e4:	95be                	add	a1,a1,a5
804023e6:	c5d0                	sw	a2,12(a1)
804023e8:	8082                	ret

804023ea <program_find>:
804023ea:	1101                	add	sp,sp,-32
804023ec:	cc22                	sw	s0,24(sp)
804023ee:	80405437          	lui	s0,0x80405
804023f2:	ca26                	sw	s1,20(sp)
804023f4:	c84a                	sw	s2,16(sp)
804023f6:	c64e                	sw	s3,12(sp)
804023f8:	c452                	sw	s4,8(sp)
804023fa:	ce06                	sw	ra,28(sp)
804023fc:	2ec40a13          	add	s4,s0,748 # 804052ec <programs>
80402400:	892a                	mv	s2,a0
80402402:	2ec40413          	add	s0,s0,748
80402406:	4481                	li	s1,0
80402408:	4999                	li	s3,6
8040240a:	4008                	lw	a0,0(s0)
8040240c:	85ca                	mv	a1,s2
8040240e:	0431                	add	s0,s0,12
80402410:	2281                	jal	80402550 <strcmp>
80402412:	cd09                	beqz	a0,8040242c <program_find+0x42>
80402414:	0485                	add	s1,s1,1
80402416:	ff349ae3          	bne	s1,s3,8040240a <program_find+0x20>
8040241a:	40f2                	lw	ra,28(sp)
8040241c:	4462                	lw	s0,24(sp)
8040241e:	44d2                	lw	s1,20(sp)
80402420:	4942                	lw	s2,16(sp)
80402422:	49b2                	lw	s3,12(sp)
80402424:	4a22                	lw	s4,8(sp)
80402426:	4501                	li	a0,0
80402428:	6105                	add	sp,sp,32
8040242a:	8082                	ret
8040242c:	40f2                	lw	ra,28(sp)
8040242e:	4462                	lw	s0,24(sp)
80402430:	00149793          	sll	a5,s1,0x1
80402434:	97a6                	add	a5,a5,s1
80402436:	078a                	sll	a5,a5,0x2
80402438:	44d2                	lw	s1,20(sp)
8040243a:	4942                	lw	s2,16(sp)
8040243c:	49b2                	lw	s3,12(sp)
8040243e:	00fa0533          	add	a0,s4,a5
80402442:	4a22                	lw	s4,8(sp)
80402444:	6105                	add	sp,sp,32
80402446:	8082                	ret

80402448 <program_at>:
80402448:	4795                	li	a5,5
8040244a:	00a7ec63          	bltu	a5,a0,80402462 <program_at+0x1a>
8040244e:	00151793          	sll	a5,a0,0x1
80402452:	953e                	add	a0,a0,a5
80402454:	804057b7          	lui	a5,0x80405
80402458:	2ec78793          	add	a5,a5,748 # 804052ec <programs>
8040245c:	050a                	sll	a0,a0,0x2
8040245e:	953e                	add	a0,a0,a5
80402460:	8082                	ret
80402462:	4501                	li	a0,0
80402464:	8082                	ret

80402466 <memset>:
80402466:	00c56733          	or	a4,a0,a2
8040246a:	8b0d                	and	a4,a4,3
8040246c:	87aa                	mv	a5,a0
8040246e:	cf01                	beqz	a4,80402486 <memset+0x20>
80402470:	0ff5f593          	zext.b	a1,a1
80402474:	00c50733          	add	a4,a0,a2
80402478:	c61d                	beqz	a2,804024a6 <memset+0x40>
8040247a:	00b78023          	sb	a1,0(a5)
8040247e:	0785                	add	a5,a5,1
80402480:	fee79de3          	bne	a5,a4,8040247a <memset+0x14>
80402484:	8082                	ret
80402486:	0ff5f593          	zext.b	a1,a1
8040248a:	00859693          	sll	a3,a1,0x8
8040248e:	96ae                	add	a3,a3,a1
80402490:	01069793          	sll	a5,a3,0x10
80402494:	96be                	add	a3,a3,a5
80402496:	d67d                	beqz	a2,80402484 <memset+0x1e>
80402498:	00e507b3          	add	a5,a0,a4
8040249c:	c394                	sw	a3,0(a5)
8040249e:	0711                	add	a4,a4,4
804024a0:	fec76ce3          	bltu	a4,a2,80402498 <memset+0x32>
804024a4:	8082                	ret
804024a6:	8082                	ret

804024a8 <memcpy>:
804024a8:	00b567b3          	or	a5,a0,a1
804024ac:	8fd1                	or	a5,a5,a2
804024ae:	8b8d                	and	a5,a5,3
804024b0:	cf91                	beqz	a5,804024cc <memcpy+0x24>
804024b2:	87aa                	mv	a5,a0
804024b4:	00c586b3          	add	a3,a1,a2
804024b8:	c60d                	beqz	a2,804024e2 <memcpy+0x3a>
804024ba:	0005c703          	lbu	a4,0(a1)
804024be:	0585                	add	a1,a1,1
804024c0:	0785                	add	a5,a5,1
804024c2:	fee78fa3          	sb	a4,-1(a5)
804024c6:	fed59ae3          	bne	a1,a3,804024ba <memcpy+0x12>
804024ca:	8082                	ret
804024cc:	de7d                	beqz	a2,804024ca <memcpy+0x22>
804024ce:	00f58733          	add	a4,a1,a5
804024d2:	4314                	lw	a3,0(a4)
804024d4:	00f50733          	add	a4,a0,a5
804024d8:	0791                	add	a5,a5,4
804024da:	c314                	sw	a3,0(a4)
804024dc:	fec7e9e3          	bltu	a5,a2,804024ce <memcpy+0x26>
804024e0:	8082                	ret
804024e2:	8082                	ret

804024e4 <memcmp>:
804024e4:	c205                	beqz	a2,80402504 <memcmp+0x20>
804024e6:	962a                	add	a2,a2,a0
804024e8:	a019                	j	804024ee <memcmp+0xa>
804024ea:	00c50d63          	beq	a0,a2,80402504 <memcmp+0x20>
804024ee:	00054783          	lbu	a5,0(a0)
804024f2:	0005c703          	lbu	a4,0(a1)
804024f6:	0505                	add	a0,a0,1
804024f8:	0585                	add	a1,a1,1
804024fa:	fee788e3          	beq	a5,a4,804024ea <memcmp+0x6>
804024fe:	40e78533          	sub	a0,a5,a4
80402502:	8082                	ret
80402504:	4501                	li	a0,0
80402506:	8082                	ret

80402508 <strlen>:
80402508:	00054783          	lbu	a5,0(a0)
8040250c:	872a                	mv	a4,a0
8040250e:	4501                	li	a0,0
80402510:	cb81                	beqz	a5,80402520 <strlen+0x18>
80402512:	0505                	add	a0,a0,1
80402514:	00a707b3          	add	a5,a4,a0
80402518:	0007c783          	lbu	a5,0(a5)
8040251c:	fbfd                	bnez	a5,80402512 <strlen+0xa>
8040251e:	8082                	ret
80402520:	8082                	ret

80402522 <strncmp>:
80402522:	c20d                	beqz	a2,80402544 <strncmp+0x22>
80402524:	962a                	add	a2,a2,a0
80402526:	a021                	j	8040252e <strncmp+0xc>
80402528:	c385                	beqz	a5,80402548 <strncmp+0x26>
8040252a:	00c50d63          	beq	a0,a2,80402544 <strncmp+0x22>
8040252e:	0005c783          	lbu	a5,0(a1)
80402532:	00054703          	lbu	a4,0(a0)
80402536:	0585                	add	a1,a1,1
80402538:	0505                	add	a0,a0,1
8040253a:	fef707e3          	beq	a4,a5,80402528 <strncmp+0x6>
8040253e:	40f70533          	sub	a0,a4,a5
80402542:	8082                	ret
80402544:	4501                	li	a0,0
80402546:	8082                	ret
80402548:	4701                	li	a4,0
8040254a:	40f70533          	sub	a0,a4,a5
8040254e:	8082                	ret

80402550 <strcmp>:
80402550:	fff50693          	add	a3,a0,-1
80402554:	a021                	j	8040255c <strcmp+0xc>
80402556:	cf91                	beqz	a5,80402572 <strcmp+0x22>
80402558:	02d50163          	beq	a0,a3,8040257a <strcmp+0x2a>
8040255c:	0005c783          	lbu	a5,0(a1)
80402560:	00054703          	lbu	a4,0(a0)
80402564:	0585                	add	a1,a1,1
80402566:	0505                	add	a0,a0,1
80402568:	fef707e3          	beq	a4,a5,80402556 <strcmp+0x6>
8040256c:	40f70533          	sub	a0,a4,a5
80402570:	8082                	ret
80402572:	4701                	li	a4,0
80402574:	40f70533          	sub	a0,a4,a5
80402578:	8082                	ret
8040257a:	4501                	li	a0,0
8040257c:	8082                	ret

8040257e <strlcpy_k>:
8040257e:	4785                	li	a5,1
80402580:	882a                	mv	a6,a0
80402582:	02c7f563          	bgeu	a5,a2,804025ac <strlcpy_k+0x2e>
80402586:	962e                	add	a2,a2,a1
80402588:	872a                	mv	a4,a0
8040258a:	fff60893          	add	a7,a2,-1
8040258e:	87ae                	mv	a5,a1
80402590:	a801                	j	804025a0 <strlcpy_k+0x22>
80402592:	00d70023          	sb	a3,0(a4)
80402596:	00180713          	add	a4,a6,1 # fffff001 <kernel_end+0x7fb00001>
8040259a:	01160c63          	beq	a2,a7,804025b2 <strlcpy_k+0x34>
8040259e:	87b2                	mv	a5,a2
804025a0:	0007c683          	lbu	a3,0(a5)
804025a4:	00178613          	add	a2,a5,1
804025a8:	883a                	mv	a6,a4
804025aa:	f6e5                	bnez	a3,80402592 <strlcpy_k+0x14>
804025ac:	00080023          	sb	zero,0(a6)
804025b0:	8082                	ret
804025b2:	8f8d                	sub	a5,a5,a1
804025b4:	0785                	add	a5,a5,1
804025b6:	00f50833          	add	a6,a0,a5
804025ba:	00080023          	sb	zero,0(a6)
804025be:	8082                	ret

804025c0 <syscall>:
804025c0:	1141                	add	sp,sp,-16
804025c2:	c422                	sw	s0,8(sp)
804025c4:	c606                	sw	ra,12(sp)
804025c6:	8ddff0ef          	jal	80401ea2 <myproc>
804025ca:	4120                	lw	s0,64(a0)
804025cc:	4745                	li	a4,17
804025ce:	fda00513          	li	a0,-38
804025d2:	407c                	lw	a5,68(s0)
804025d4:	fff78693          	add	a3,a5,-1
804025d8:	00d76b63          	bltu	a4,a3,804025ee <syscall+0x2e>
804025dc:	80405737          	lui	a4,0x80405
804025e0:	078a                	sll	a5,a5,0x2
804025e2:	33470713          	add	a4,a4,820 # 80405334 <syscalls>
804025e6:	97ba                	add	a5,a5,a4
804025e8:	439c                	lw	a5,0(a5)
804025ea:	c391                	beqz	a5,804025ee <syscall+0x2e>
804025ec:	9782                	jalr	a5
804025ee:	40b2                	lw	ra,12(sp)
804025f0:	d408                	sw	a0,40(s0)
804025f2:	4422                	lw	s0,8(sp)
804025f4:	0141                	add	sp,sp,16
804025f6:	8082                	ret

804025f8 <arg_raw>:
804025f8:	7179                	add	sp,sp,-48
804025fa:	d422                	sw	s0,40(sp)
804025fc:	d606                	sw	ra,44(sp)
804025fe:	842a                	mv	s0,a0
80402600:	8a3ff0ef          	jal	80401ea2 <myproc>
80402604:	413c                	lw	a5,64(a0)
80402606:	4715                	li	a4,5
80402608:	5b88                	lw	a0,48(a5)
8040260a:	02c7a803          	lw	a6,44(a5)
8040260e:	5bcc                	lw	a1,52(a5)
80402610:	5f90                	lw	a2,56(a5)
80402612:	5fd4                	lw	a3,60(a5)
80402614:	579c                	lw	a5,40(a5)
80402616:	c82a                	sw	a0,16(sp)
80402618:	c642                	sw	a6,12(sp)
8040261a:	c43e                	sw	a5,8(sp)
8040261c:	ca2e                	sw	a1,20(sp)
8040261e:	cc32                	sw	a2,24(sp)
80402620:	ce36                	sw	a3,28(sp)
80402622:	4501                	li	a0,0
80402624:	00876963          	bltu	a4,s0,80402636 <arg_raw+0x3e>
80402628:	040a                	sll	s0,s0,0x2
8040262a:	02040793          	add	a5,s0,32
8040262e:	00278433          	add	s0,a5,sp
80402632:	fe842503          	lw	a0,-24(s0)
80402636:	50b2                	lw	ra,44(sp)
80402638:	5422                	lw	s0,40(sp)
8040263a:	6145                	add	sp,sp,48
8040263c:	8082                	ret

8040263e <arg_str>:
8040263e:	1101                	add	sp,sp,-32
80402640:	ce06                	sw	ra,28(sp)
80402642:	cc22                	sw	s0,24(sp)
80402644:	ca26                	sw	s1,20(sp)
80402646:	c84a                	sw	s2,16(sp)
80402648:	c64e                	sw	s3,12(sp)
8040264a:	84b2                	mv	s1,a2
8040264c:	842e                	mv	s0,a1
8040264e:	892a                	mv	s2,a0
80402650:	853ff0ef          	jal	80401ea2 <myproc>
80402654:	03052983          	lw	s3,48(a0)
80402658:	854a                	mv	a0,s2
8040265a:	3f79                	jal	804025f8 <arg_raw>
8040265c:	85a2                	mv	a1,s0
8040265e:	4462                	lw	s0,24(sp)
80402660:	40f2                	lw	ra,28(sp)
80402662:	4942                	lw	s2,16(sp)
80402664:	862a                	mv	a2,a0
80402666:	86a6                	mv	a3,s1
80402668:	854e                	mv	a0,s3
8040266a:	44d2                	lw	s1,20(sp)
8040266c:	49b2                	lw	s3,12(sp)
8040266e:	6105                	add	sp,sp,32
80402670:	3730006f          	j	804031e2 <copyinstr>

80402674 <sys_read>:
80402674:	1141                	add	sp,sp,-16
80402676:	4501                	li	a0,0
80402678:	c606                	sw	ra,12(sp)
8040267a:	c422                	sw	s0,8(sp)
8040267c:	c226                	sw	s1,4(sp)
8040267e:	3fad                	jal	804025f8 <arg_raw>
80402680:	47bd                	li	a5,15
80402682:	02a7ec63          	bltu	a5,a0,804026ba <sys_read+0x46>
80402686:	842a                	mv	s0,a0
80402688:	0471                	add	s0,s0,28
8040268a:	819ff0ef          	jal	80401ea2 <myproc>
8040268e:	040a                	sll	s0,s0,0x2
80402690:	9522                	add	a0,a0,s0
80402692:	4544                	lw	s1,12(a0)
80402694:	c09d                	beqz	s1,804026ba <sys_read+0x46>
80402696:	4509                	li	a0,2
80402698:	3785                	jal	804025f8 <arg_raw>
8040269a:	02054663          	bltz	a0,804026c6 <sys_read+0x52>
8040269e:	4505                	li	a0,1
804026a0:	3fa1                	jal	804025f8 <arg_raw>
804026a2:	842a                	mv	s0,a0
804026a4:	4509                	li	a0,2
804026a6:	3f89                	jal	804025f8 <arg_raw>
804026a8:	85a2                	mv	a1,s0
804026aa:	4422                	lw	s0,8(sp)
804026ac:	40b2                	lw	ra,12(sp)
804026ae:	862a                	mv	a2,a0
804026b0:	8526                	mv	a0,s1
804026b2:	4492                	lw	s1,4(sp)
804026b4:	0141                	add	sp,sp,16
804026b6:	cf6fe06f          	j	80400bac <file_read>
804026ba:	555d                	li	a0,-9
804026bc:	40b2                	lw	ra,12(sp)
804026be:	4422                	lw	s0,8(sp)
804026c0:	4492                	lw	s1,4(sp)
804026c2:	0141                	add	sp,sp,16
804026c4:	8082                	ret
804026c6:	5529                	li	a0,-22
804026c8:	bfd5                	j	804026bc <sys_read+0x48>

804026ca <sys_write>:
804026ca:	1141                	add	sp,sp,-16
804026cc:	4501                	li	a0,0
804026ce:	c606                	sw	ra,12(sp)
804026d0:	c422                	sw	s0,8(sp)
804026d2:	c226                	sw	s1,4(sp)
804026d4:	3715                	jal	804025f8 <arg_raw>
804026d6:	47bd                	li	a5,15
804026d8:	02a7ec63          	bltu	a5,a0,80402710 <sys_write+0x46>
804026dc:	842a                	mv	s0,a0
804026de:	0471                	add	s0,s0,28
804026e0:	fc2ff0ef          	jal	80401ea2 <myproc>
804026e4:	040a                	sll	s0,s0,0x2
804026e6:	9522                	add	a0,a0,s0
804026e8:	4544                	lw	s1,12(a0)
804026ea:	c09d                	beqz	s1,80402710 <sys_write+0x46>
804026ec:	4509                	li	a0,2
804026ee:	3729                	jal	804025f8 <arg_raw>
804026f0:	02054663          	bltz	a0,8040271c <sys_write+0x52>
804026f4:	4505                	li	a0,1
804026f6:	3709                	jal	804025f8 <arg_raw>
804026f8:	842a                	mv	s0,a0
804026fa:	4509                	li	a0,2
804026fc:	3df5                	jal	804025f8 <arg_raw>
804026fe:	85a2                	mv	a1,s0
80402700:	4422                	lw	s0,8(sp)
80402702:	40b2                	lw	ra,12(sp)
80402704:	862a                	mv	a2,a0
80402706:	8526                	mv	a0,s1
80402708:	4492                	lw	s1,4(sp)
8040270a:	0141                	add	sp,sp,16
8040270c:	ce8fe06f          	j	80400bf4 <file_write>
80402710:	555d                	li	a0,-9
80402712:	40b2                	lw	ra,12(sp)
80402714:	4422                	lw	s0,8(sp)
80402716:	4492                	lw	s1,4(sp)
80402718:	0141                	add	sp,sp,16
8040271a:	8082                	ret
8040271c:	5529                	li	a0,-22
8040271e:	bfd5                	j	80402712 <sys_write+0x48>

80402720 <sys_open>:
80402720:	7171                	add	sp,sp,-176
80402722:	4505                	li	a0,1
80402724:	d706                	sw	ra,172(sp)
80402726:	d522                	sw	s0,168(sp)
80402728:	d326                	sw	s1,164(sp)
8040272a:	d14a                	sw	s2,160(sp)
8040272c:	cf4e                	sw	s3,156(sp)
8040272e:	35e9                	jal	804025f8 <arg_raw>
80402730:	84aa                	mv	s1,a0
80402732:	08000613          	li	a2,128
80402736:	080c                	add	a1,sp,16
80402738:	4501                	li	a0,0
8040273a:	3711                	jal	8040263e <arg_str>
8040273c:	842a                	mv	s0,a0
8040273e:	04054963          	bltz	a0,80402790 <sys_open+0x70>
80402742:	0034f913          	and	s2,s1,3
80402746:	478d                	li	a5,3
80402748:	5429                	li	s0,-22
8040274a:	04f90363          	beq	s2,a5,80402790 <sys_open+0x70>
8040274e:	0070                	add	a2,sp,12
80402750:	85a6                	mv	a1,s1
80402752:	0808                	add	a0,sp,16
80402754:	d45fd0ef          	jal	80400498 <fs_open>
80402758:	842a                	mv	s0,a0
8040275a:	02054b63          	bltz	a0,80402790 <sys_open+0x70>
8040275e:	ba2fe0ef          	jal	80400b00 <file_alloc>
80402762:	89aa                	mv	s3,a0
80402764:	c131                	beqz	a0,804027a8 <sys_open+0x88>
80402766:	4732                	lw	a4,12(sp)
80402768:	fff90793          	add	a5,s2,-1
8040276c:	80a9                	srl	s1,s1,0xa
8040276e:	00f037b3          	snez	a5,a5
80402772:	4689                	li	a3,2
80402774:	8885                	and	s1,s1,1
80402776:	01203933          	snez	s2,s2
8040277a:	c114                	sw	a3,0(a0)
8040277c:	c958                	sw	a4,20(a0)
8040277e:	c51c                	sw	a5,8(a0)
80402780:	01252623          	sw	s2,12(a0)
80402784:	c904                	sw	s1,16(a0)
80402786:	c37ff0ef          	jal	804023bc <fd_alloc>
8040278a:	842a                	mv	s0,a0
8040278c:	00054a63          	bltz	a0,804027a0 <sys_open+0x80>
80402790:	50ba                	lw	ra,172(sp)
80402792:	8522                	mv	a0,s0
80402794:	542a                	lw	s0,168(sp)
80402796:	549a                	lw	s1,164(sp)
80402798:	590a                	lw	s2,160(sp)
8040279a:	49fa                	lw	s3,156(sp)
8040279c:	614d                	add	sp,sp,176
8040279e:	8082                	ret
804027a0:	854e                	mv	a0,s3
804027a2:	bbefe0ef          	jal	80400b60 <file_close>
804027a6:	b7ed                	j	80402790 <sys_open+0x70>
804027a8:	4532                	lw	a0,12(sp)
804027aa:	5421                	li	s0,-24
804027ac:	d05fe0ef          	jal	804014b0 <iput>
804027b0:	b7c5                	j	80402790 <sys_open+0x70>

804027b2 <sys_close>:
804027b2:	1141                	add	sp,sp,-16
804027b4:	4501                	li	a0,0
804027b6:	c606                	sw	ra,12(sp)
804027b8:	c422                	sw	s0,8(sp)
804027ba:	c226                	sw	s1,4(sp)
804027bc:	3d35                	jal	804025f8 <arg_raw>
804027be:	47bd                	li	a5,15
804027c0:	02a7e863          	bltu	a5,a0,804027f0 <sys_close+0x3e>
804027c4:	842a                	mv	s0,a0
804027c6:	0471                	add	s0,s0,28
804027c8:	edaff0ef          	jal	80401ea2 <myproc>
804027cc:	040a                	sll	s0,s0,0x2
804027ce:	9522                	add	a0,a0,s0
804027d0:	4544                	lw	s1,12(a0)
804027d2:	cc99                	beqz	s1,804027f0 <sys_close+0x3e>
804027d4:	eceff0ef          	jal	80401ea2 <myproc>
804027d8:	9522                	add	a0,a0,s0
804027da:	00052623          	sw	zero,12(a0)
804027de:	8526                	mv	a0,s1
804027e0:	b80fe0ef          	jal	80400b60 <file_close>
804027e4:	40b2                	lw	ra,12(sp)
804027e6:	4422                	lw	s0,8(sp)
804027e8:	4492                	lw	s1,4(sp)
804027ea:	4501                	li	a0,0
804027ec:	0141                	add	sp,sp,16
804027ee:	8082                	ret
804027f0:	40b2                	lw	ra,12(sp)
804027f2:	4422                	lw	s0,8(sp)
804027f4:	4492                	lw	s1,4(sp)
804027f6:	555d                	li	a0,-9
804027f8:	0141                	add	sp,sp,16
804027fa:	8082                	ret

804027fc <sys_lseek>:
804027fc:	1141                	add	sp,sp,-16
804027fe:	4501                	li	a0,0
80402800:	c606                	sw	ra,12(sp)
80402802:	c422                	sw	s0,8(sp)
80402804:	c226                	sw	s1,4(sp)
80402806:	3bcd                	jal	804025f8 <arg_raw>
80402808:	47bd                	li	a5,15
8040280a:	02a7e863          	bltu	a5,a0,8040283a <sys_lseek+0x3e>
8040280e:	842a                	mv	s0,a0
80402810:	0471                	add	s0,s0,28
80402812:	e90ff0ef          	jal	80401ea2 <myproc>
80402816:	040a                	sll	s0,s0,0x2
80402818:	9522                	add	a0,a0,s0
8040281a:	4544                	lw	s1,12(a0)
8040281c:	cc99                	beqz	s1,8040283a <sys_lseek+0x3e>
8040281e:	4505                	li	a0,1
80402820:	3be1                	jal	804025f8 <arg_raw>
80402822:	842a                	mv	s0,a0
80402824:	4509                	li	a0,2
80402826:	3bc9                	jal	804025f8 <arg_raw>
80402828:	85a2                	mv	a1,s0
8040282a:	4422                	lw	s0,8(sp)
8040282c:	40b2                	lw	ra,12(sp)
8040282e:	862a                	mv	a2,a0
80402830:	8526                	mv	a0,s1
80402832:	4492                	lw	s1,4(sp)
80402834:	0141                	add	sp,sp,16
80402836:	c10fe06f          	j	80400c46 <file_seek>
8040283a:	40b2                	lw	ra,12(sp)
8040283c:	4422                	lw	s0,8(sp)
8040283e:	4492                	lw	s1,4(sp)
80402840:	555d                	li	a0,-9
80402842:	0141                	add	sp,sp,16
80402844:	8082                	ret

80402846 <sys_unlink>:
80402846:	7175                	add	sp,sp,-144
80402848:	08000613          	li	a2,128
8040284c:	858a                	mv	a1,sp
8040284e:	4501                	li	a0,0
80402850:	c706                	sw	ra,140(sp)
80402852:	33f5                	jal	8040263e <arg_str>
80402854:	00054563          	bltz	a0,8040285e <sys_unlink+0x18>
80402858:	850a                	mv	a0,sp
8040285a:	d9ffd0ef          	jal	804005f8 <fs_unlink>
8040285e:	40ba                	lw	ra,140(sp)
80402860:	6149                	add	sp,sp,144
80402862:	8082                	ret

80402864 <sys_readdir>:
80402864:	7179                	add	sp,sp,-48
80402866:	4501                	li	a0,0
80402868:	d606                	sw	ra,44(sp)
8040286a:	d422                	sw	s0,40(sp)
8040286c:	d226                	sw	s1,36(sp)
8040286e:	d8bff0ef          	jal	804025f8 <arg_raw>
80402872:	860a                	mv	a2,sp
80402874:	004c                	add	a1,sp,4
80402876:	e15fd0ef          	jal	8040068a <fs_readdir>
8040287a:	02054d63          	bltz	a0,804028b4 <sys_readdir+0x50>
8040287e:	0048                	add	a0,sp,4
80402880:	c89ff0ef          	jal	80402508 <strlen>
80402884:	842a                	mv	s0,a0
80402886:	4509                	li	a0,2
80402888:	0405                	add	s0,s0,1
8040288a:	d6fff0ef          	jal	804025f8 <arg_raw>
8040288e:	04856163          	bltu	a0,s0,804028d0 <sys_readdir+0x6c>
80402892:	e10ff0ef          	jal	80401ea2 <myproc>
80402896:	5904                	lw	s1,48(a0)
80402898:	4505                	li	a0,1
8040289a:	d5fff0ef          	jal	804025f8 <arg_raw>
8040289e:	85aa                	mv	a1,a0
804028a0:	86a2                	mv	a3,s0
804028a2:	0050                	add	a2,sp,4
804028a4:	8526                	mv	a0,s1
804028a6:	087000ef          	jal	8040312c <copyout>
804028aa:	02054663          	bltz	a0,804028d6 <sys_readdir+0x72>
804028ae:	4502                	lw	a0,0(sp)
804028b0:	00054763          	bltz	a0,804028be <sys_readdir+0x5a>
804028b4:	50b2                	lw	ra,44(sp)
804028b6:	5422                	lw	s0,40(sp)
804028b8:	5492                	lw	s1,36(sp)
804028ba:	6145                	add	sp,sp,48
804028bc:	8082                	ret
804028be:	50b2                	lw	ra,44(sp)
804028c0:	5422                	lw	s0,40(sp)
804028c2:	80000537          	lui	a0,0x80000
804028c6:	5492                	lw	s1,36(sp)
804028c8:	fff54513          	not	a0,a0
804028cc:	6145                	add	sp,sp,48
804028ce:	8082                	ret
804028d0:	fdc00513          	li	a0,-36
804028d4:	b7c5                	j	804028b4 <sys_readdir+0x50>
804028d6:	5549                	li	a0,-14
804028d8:	bff1                	j	804028b4 <sys_readdir+0x50>

804028da <sys_exit>:
804028da:	1141                	add	sp,sp,-16
804028dc:	4501                	li	a0,0
804028de:	c606                	sw	ra,12(sp)
804028e0:	d19ff0ef          	jal	804025f8 <arg_raw>
804028e4:	0ff57513          	zext.b	a0,a0
804028e8:	911ff0ef          	jal	804021f8 <proc_exit>

804028ec <sys_getpid>:
804028ec:	1141                	add	sp,sp,-16
804028ee:	c606                	sw	ra,12(sp)
804028f0:	db2ff0ef          	jal	80401ea2 <myproc>
804028f4:	40b2                	lw	ra,12(sp)
804028f6:	4148                	lw	a0,4(a0)
804028f8:	0141                	add	sp,sp,16
804028fa:	8082                	ret

804028fc <sys_yield>:
804028fc:	1141                	add	sp,sp,-16
804028fe:	c606                	sw	ra,12(sp)
80402900:	fa6ff0ef          	jal	804020a6 <yield>
80402904:	40b2                	lw	ra,12(sp)
80402906:	4501                	li	a0,0
80402908:	0141                	add	sp,sp,16
8040290a:	8082                	ret

8040290c <sys_sleep>:
8040290c:	1141                	add	sp,sp,-16
8040290e:	4501                	li	a0,0
80402910:	c606                	sw	ra,12(sp)
80402912:	ce7ff0ef          	jal	804025f8 <arg_raw>
80402916:	2cfd                	jal	80402c14 <timer_sleep_ms>
80402918:	40b2                	lw	ra,12(sp)
8040291a:	4501                	li	a0,0
8040291c:	0141                	add	sp,sp,16
8040291e:	8082                	ret

80402920 <sys_uptime>:
80402920:	ac55                	j	80402bd4 <uptime_ms>

80402922 <sys_sbrk>:
80402922:	1101                	add	sp,sp,-32
80402924:	ce06                	sw	ra,28(sp)
80402926:	cc22                	sw	s0,24(sp)
80402928:	c64e                	sw	s3,12(sp)
8040292a:	c452                	sw	s4,8(sp)
8040292c:	ca26                	sw	s1,20(sp)
8040292e:	c84a                	sw	s2,16(sp)
80402930:	d72ff0ef          	jal	80401ea2 <myproc>
80402934:	8a2a                	mv	s4,a0
80402936:	4501                	li	a0,0
80402938:	cc1ff0ef          	jal	804025f8 <arg_raw>
8040293c:	842a                	mv	s0,a0
8040293e:	038a2983          	lw	s3,56(s4)
80402942:	04a05163          	blez	a0,80402984 <sys_sbrk+0x62>
80402946:	6785                	lui	a5,0x1
80402948:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
8040294a:	0bfdf737          	lui	a4,0xbfdf
8040294e:	00f98933          	add	s2,s3,a5
80402952:	76fd                	lui	a3,0xfffff
80402954:	41370733          	sub	a4,a4,s3
80402958:	00d97933          	and	s2,s2,a3
8040295c:	06a76a63          	bltu	a4,a0,804029d0 <sys_sbrk+0xae>
80402960:	00f50633          	add	a2,a0,a5
80402964:	964e                	add	a2,a2,s3
80402966:	8e75                	and	a2,a2,a3
80402968:	04c96563          	bltu	s2,a2,804029b2 <sys_sbrk+0x90>
8040296c:	944e                	add	s0,s0,s3
8040296e:	028a2c23          	sw	s0,56(s4)
80402972:	854e                	mv	a0,s3
80402974:	40f2                	lw	ra,28(sp)
80402976:	4462                	lw	s0,24(sp)
80402978:	44d2                	lw	s1,20(sp)
8040297a:	4942                	lw	s2,16(sp)
8040297c:	49b2                	lw	s3,12(sp)
8040297e:	4a22                	lw	s4,8(sp)
80402980:	6105                	add	sp,sp,32
80402982:	8082                	ret
80402984:	d565                	beqz	a0,8040296c <sys_sbrk+0x4a>
80402986:	034a2703          	lw	a4,52(s4)
8040298a:	40a007b3          	neg	a5,a0
8040298e:	40e98733          	sub	a4,s3,a4
80402992:	04f76163          	bltu	a4,a5,804029d4 <sys_sbrk+0xb2>
80402996:	6605                	lui	a2,0x1
80402998:	167d                	add	a2,a2,-1 # fff <_entry-0x803ff001>
8040299a:	00c505b3          	add	a1,a0,a2
8040299e:	77fd                	lui	a5,0xfffff
804029a0:	95ce                	add	a1,a1,s3
804029a2:	964e                	add	a2,a2,s3
804029a4:	030a2503          	lw	a0,48(s4)
804029a8:	8dfd                	and	a1,a1,a5
804029aa:	8e7d                	and	a2,a2,a5
804029ac:	8e0d                	sub	a2,a2,a1
804029ae:	239d                	jal	80402f14 <uvm_dealloc>
804029b0:	bf75                	j	8040296c <sys_sbrk+0x4a>
804029b2:	030a2503          	lw	a0,48(s4)
804029b6:	412604b3          	sub	s1,a2,s2
804029ba:	4699                	li	a3,6
804029bc:	8626                	mv	a2,s1
804029be:	85ca                	mv	a1,s2
804029c0:	21f9                	jal	80402e8e <uvm_alloc>
804029c2:	fa0555e3          	bgez	a0,8040296c <sys_sbrk+0x4a>
804029c6:	030a2503          	lw	a0,48(s4)
804029ca:	8626                	mv	a2,s1
804029cc:	85ca                	mv	a1,s2
804029ce:	2399                	jal	80402f14 <uvm_dealloc>
804029d0:	5551                	li	a0,-12
804029d2:	b74d                	j	80402974 <sys_sbrk+0x52>
804029d4:	5529                	li	a0,-22
804029d6:	bf79                	j	80402974 <sys_sbrk+0x52>

804029d8 <sys_spawn>:
804029d8:	7129                	add	sp,sp,-320
804029da:	08000613          	li	a2,128
804029de:	006c                	add	a1,sp,12
804029e0:	4501                	li	a0,0
804029e2:	12812c23          	sw	s0,312(sp)
804029e6:	12112e23          	sw	ra,316(sp)
804029ea:	12912a23          	sw	s1,308(sp)
804029ee:	13212823          	sw	s2,304(sp)
804029f2:	13312623          	sw	s3,300(sp)
804029f6:	13412423          	sw	s4,296(sp)
804029fa:	13512223          	sw	s5,292(sp)
804029fe:	13612023          	sw	s6,288(sp)
80402a02:	11712e23          	sw	s7,284(sp)
80402a06:	11812c23          	sw	s8,280(sp)
80402a0a:	c35ff0ef          	jal	8040263e <arg_str>
80402a0e:	842a                	mv	s0,a0
80402a10:	02054863          	bltz	a0,80402a40 <sys_spawn+0x68>
80402a14:	e2bfe0ef          	jal	8040183e <kalloc>
80402a18:	8a2a                	mv	s4,a0
80402a1a:	c969                	beqz	a0,80402aec <sys_spawn+0x114>
80402a1c:	4505                	li	a0,1
80402a1e:	bdbff0ef          	jal	804025f8 <arg_raw>
80402a22:	e531                	bnez	a0,80402a6e <sys_spawn+0x96>
80402a24:	007c                	add	a5,sp,12
80402a26:	c73e                	sw	a5,140(sp)
80402a28:	c902                	sw	zero,144(sp)
80402a2a:	c78ff0ef          	jal	80401ea2 <myproc>
80402a2e:	862a                	mv	a2,a0
80402a30:	016c                	add	a1,sp,140
80402a32:	0068                	add	a0,sp,12
80402a34:	d6bfd0ef          	jal	8040079e <proc_spawn>
80402a38:	842a                	mv	s0,a0
80402a3a:	8552                	mv	a0,s4
80402a3c:	e2dfe0ef          	jal	80401868 <kfree>
80402a40:	13c12083          	lw	ra,316(sp)
80402a44:	8522                	mv	a0,s0
80402a46:	13812403          	lw	s0,312(sp)
80402a4a:	13412483          	lw	s1,308(sp)
80402a4e:	13012903          	lw	s2,304(sp)
80402a52:	12c12983          	lw	s3,300(sp)
80402a56:	12812a03          	lw	s4,296(sp)
80402a5a:	12412a83          	lw	s5,292(sp)
80402a5e:	12012b03          	lw	s6,288(sp)
80402a62:	11c12b83          	lw	s7,284(sp)
80402a66:	11812c03          	lw	s8,280(sp)
80402a6a:	6131                	add	sp,sp,320
80402a6c:	8082                	ret
80402a6e:	4505                	li	a0,1
80402a70:	b89ff0ef          	jal	804025f8 <arg_raw>
80402a74:	8b2a                	mv	s6,a0
80402a76:	c2cff0ef          	jal	80401ea2 <myproc>
80402a7a:	03052a83          	lw	s5,48(a0) # 80000030 <_entry-0x3fffd0>
80402a7e:	4481                	li	s1,0
80402a80:	4901                	li	s2,0
80402a82:	08000c13          	li	s8,128
80402a86:	6b85                	lui	s7,0x1
80402a88:	a831                	j	80402aa4 <sys_spawn+0xcc>
80402a8a:	758000ef          	jal	804031e2 <copyinstr>
80402a8e:	0491                	add	s1,s1,4
80402a90:	0178                	add	a4,sp,140
80402a92:	842a                	mv	s0,a0
80402a94:	00150793          	add	a5,a0,1
80402a98:	9726                	add	a4,a4,s1
80402a9a:	04054363          	bltz	a0,80402ae0 <sys_spawn+0x108>
80402a9e:	ff372e23          	sw	s3,-4(a4) # bfdeffc <_entry-0x74421004>
80402aa2:	993e                	add	s2,s2,a5
80402aa4:	002c                	add	a1,sp,8
80402aa6:	4691                	li	a3,4
80402aa8:	009b0633          	add	a2,s6,s1
80402aac:	8556                	mv	a0,s5
80402aae:	23e1                	jal	80403076 <copyin>
80402ab0:	012a09b3          	add	s3,s4,s2
80402ab4:	87aa                	mv	a5,a0
80402ab6:	412b86b3          	sub	a3,s7,s2
80402aba:	85ce                	mv	a1,s3
80402abc:	8556                	mv	a0,s5
80402abe:	0007c863          	bltz	a5,80402ace <sys_spawn+0xf6>
80402ac2:	4622                	lw	a2,8(sp)
80402ac4:	c619                	beqz	a2,80402ad2 <sys_spawn+0xfa>
80402ac6:	fd8492e3          	bne	s1,s8,80402a8a <sys_spawn+0xb2>
80402aca:	5429                	li	s0,-22
80402acc:	b7bd                	j	80402a3a <sys_spawn+0x62>
80402ace:	5449                	li	s0,-14
80402ad0:	b7ad                	j	80402a3a <sys_spawn+0x62>
80402ad2:	11048793          	add	a5,s1,272
80402ad6:	002784b3          	add	s1,a5,sp
80402ada:	f604ae23          	sw	zero,-132(s1)
80402ade:	b7b1                	j	80402a2a <sys_spawn+0x52>
80402ae0:	fdc00793          	li	a5,-36
80402ae4:	f4f51be3          	bne	a0,a5,80402a3a <sys_spawn+0x62>
80402ae8:	5429                	li	s0,-22
80402aea:	bf81                	j	80402a3a <sys_spawn+0x62>
80402aec:	5451                	li	s0,-12
80402aee:	bf89                	j	80402a40 <sys_spawn+0x68>

80402af0 <sys_wait>:
80402af0:	1141                	add	sp,sp,-16
80402af2:	4501                	li	a0,0
80402af4:	c606                	sw	ra,12(sp)
80402af6:	c422                	sw	s0,8(sp)
80402af8:	b01ff0ef          	jal	804025f8 <arg_raw>
80402afc:	842a                	mv	s0,a0
80402afe:	4505                	li	a0,1
80402b00:	af9ff0ef          	jal	804025f8 <arg_raw>
80402b04:	85aa                	mv	a1,a0
80402b06:	8522                	mv	a0,s0
80402b08:	4422                	lw	s0,8(sp)
80402b0a:	40b2                	lw	ra,12(sp)
80402b0c:	0141                	add	sp,sp,16
80402b0e:	fc8ff06f          	j	804022d6 <proc_wait>

80402b12 <timer_init>:
80402b12:	c81027f3          	rdtimeh	a5
80402b16:	c01026f3          	rdtime	a3
80402b1a:	c8102773          	rdtimeh	a4
80402b1e:	fee79ae3          	bne	a5,a4,80402b12 <timer_init>
80402b22:	6561                	lui	a0,0x18
80402b24:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
80402b28:	9536                	add	a0,a0,a3
80402b2a:	00d535b3          	sltu	a1,a0,a3
80402b2e:	80427637          	lui	a2,0x80427
80402b32:	80427737          	lui	a4,0x80427
80402b36:	95be                	add	a1,a1,a5
80402b38:	04d62c23          	sw	a3,88(a2) # 80427058 <boot_time>
80402b3c:	04f62e23          	sw	a5,92(a2)
80402b40:	04a72823          	sw	a0,80(a4) # 80427050 <next_tick>
80402b44:	04b72a23          	sw	a1,84(a4)
80402b48:	5320106f          	j	8040407a <arch_set_timer>

80402b4c <timer_intr>:
80402b4c:	1141                	add	sp,sp,-16
80402b4e:	c606                	sw	ra,12(sp)
80402b50:	c422                	sw	s0,8(sp)
80402b52:	c226                	sw	s1,4(sp)
80402b54:	c8102473          	rdtimeh	s0
80402b58:	c01024f3          	rdtime	s1
80402b5c:	c81027f3          	rdtimeh	a5
80402b60:	fef41ae3          	bne	s0,a5,80402b54 <timer_intr+0x8>
80402b64:	804276b7          	lui	a3,0x80427
80402b68:	0506a783          	lw	a5,80(a3) # 80427050 <next_tick>
80402b6c:	6761                	lui	a4,0x18
80402b6e:	0546a603          	lw	a2,84(a3)
80402b72:	6a070713          	add	a4,a4,1696 # 186a0 <_entry-0x803e7960>
80402b76:	973e                	add	a4,a4,a5
80402b78:	00f737b3          	sltu	a5,a4,a5
80402b7c:	97b2                	add	a5,a5,a2
80402b7e:	853a                	mv	a0,a4
80402b80:	85be                	mv	a1,a5
80402b82:	00f46d63          	bltu	s0,a5,80402b9c <timer_intr+0x50>
80402b86:	04878463          	beq	a5,s0,80402bce <timer_intr+0x82>
80402b8a:	6561                	lui	a0,0x18
80402b8c:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
80402b90:	9526                	add	a0,a0,s1
80402b92:	009535b3          	sltu	a1,a0,s1
80402b96:	95a2                	add	a1,a1,s0
80402b98:	872a                	mv	a4,a0
80402b9a:	87ae                	mv	a5,a1
80402b9c:	04e6a823          	sw	a4,80(a3)
80402ba0:	04f6aa23          	sw	a5,84(a3)
80402ba4:	4d6010ef          	jal	8040407a <arch_set_timer>
80402ba8:	804277b7          	lui	a5,0x80427
80402bac:	0487a703          	lw	a4,72(a5) # 80427048 <ticks>
80402bb0:	04878513          	add	a0,a5,72
80402bb4:	0705                	add	a4,a4,1
80402bb6:	04e7a423          	sw	a4,72(a5)
80402bba:	dc4ff0ef          	jal	8040217e <wakeup>
80402bbe:	85a2                	mv	a1,s0
80402bc0:	4422                	lw	s0,8(sp)
80402bc2:	40b2                	lw	ra,12(sp)
80402bc4:	8526                	mv	a0,s1
80402bc6:	4492                	lw	s1,4(sp)
80402bc8:	0141                	add	sp,sp,16
80402bca:	d6cff06f          	j	80402136 <wakeup_expired>
80402bce:	fce4e7e3          	bltu	s1,a4,80402b9c <timer_intr+0x50>
80402bd2:	bf65                	j	80402b8a <timer_intr+0x3e>

80402bd4 <uptime_ms>:
80402bd4:	1141                	add	sp,sp,-16
80402bd6:	c606                	sw	ra,12(sp)
80402bd8:	c81027f3          	rdtimeh	a5
80402bdc:	c01025f3          	rdtime	a1
80402be0:	c8102773          	rdtimeh	a4
80402be4:	fee79ae3          	bne	a5,a4,80402bd8 <uptime_ms+0x4>
80402be8:	80427737          	lui	a4,0x80427
80402bec:	05872503          	lw	a0,88(a4) # 80427058 <boot_time>
80402bf0:	05c72703          	lw	a4,92(a4)
80402bf4:	6609                	lui	a2,0x2
80402bf6:	40a58533          	sub	a0,a1,a0
80402bfa:	00a5b5b3          	sltu	a1,a1,a0
80402bfe:	8f99                	sub	a5,a5,a4
80402c00:	71060613          	add	a2,a2,1808 # 2710 <_entry-0x803fd8f0>
80402c04:	4681                	li	a3,0
80402c06:	40b785b3          	sub	a1,a5,a1
80402c0a:	6fa010ef          	jal	80404304 <__udivdi3>
80402c0e:	40b2                	lw	ra,12(sp)
80402c10:	0141                	add	sp,sp,16
80402c12:	8082                	ret

80402c14 <timer_sleep_ms>:
80402c14:	1141                	add	sp,sp,-16
80402c16:	c606                	sw	ra,12(sp)
80402c18:	c422                	sw	s0,8(sp)
80402c1a:	c226                	sw	s1,4(sp)
80402c1c:	c04a                	sw	s2,0(sp)
80402c1e:	c8102773          	rdtimeh	a4
80402c22:	c01027f3          	rdtime	a5
80402c26:	c81026f3          	rdtimeh	a3
80402c2a:	fed71ae3          	bne	a4,a3,80402c1e <timer_sleep_ms+0xa>
80402c2e:	6689                	lui	a3,0x2
80402c30:	71068693          	add	a3,a3,1808 # 2710 <_entry-0x803fd8f0>
80402c34:	02d50933          	mul	s2,a0,a3
80402c38:	804274b7          	lui	s1,0x80427
80402c3c:	02d53533          	mulhu	a0,a0,a3
80402c40:	993e                	add	s2,s2,a5
80402c42:	00f937b3          	sltu	a5,s2,a5
80402c46:	972a                	add	a4,a4,a0
80402c48:	00e78433          	add	s0,a5,a4
80402c4c:	c81027f3          	rdtimeh	a5
80402c50:	c01026f3          	rdtime	a3
80402c54:	c8102773          	rdtimeh	a4
80402c58:	fee79ae3          	bne	a5,a4,80402c4c <timer_sleep_ms+0x38>
80402c5c:	04848513          	add	a0,s1,72 # 80427048 <ticks>
80402c60:	0087f563          	bgeu	a5,s0,80402c6a <timer_sleep_ms+0x56>
80402c64:	c5eff0ef          	jal	804020c2 <sleep_on>
80402c68:	b7d5                	j	80402c4c <timer_sleep_ms+0x38>
80402c6a:	00f41463          	bne	s0,a5,80402c72 <timer_sleep_ms+0x5e>
80402c6e:	ff26ebe3          	bltu	a3,s2,80402c64 <timer_sleep_ms+0x50>
80402c72:	40b2                	lw	ra,12(sp)
80402c74:	4422                	lw	s0,8(sp)
80402c76:	4492                	lw	s1,4(sp)
80402c78:	4902                	lw	s2,0(sp)
80402c7a:	0141                	add	sp,sp,16
80402c7c:	8082                	ret

80402c7e <user_trap_return>:
80402c7e:	1141                	add	sp,sp,-16
80402c80:	c606                	sw	ra,12(sp)
80402c82:	a20ff0ef          	jal	80401ea2 <myproc>
80402c86:	4789                	li	a5,2
80402c88:	1007b073          	csrc	sstatus,a5
80402c8c:	4128                	lw	a0,64(a0)
80402c8e:	3c6010ef          	jal	80404054 <arch_user_return>

80402c92 <user_trap>:
80402c92:	1141                	add	sp,sp,-16
80402c94:	c422                	sw	s0,8(sp)
80402c96:	c606                	sw	ra,12(sp)
80402c98:	842a                	mv	s0,a0
80402c9a:	a08ff0ef          	jal	80401ea2 <myproc>
80402c9e:	08842783          	lw	a5,136(s0)
80402ca2:	0607c463          	bltz	a5,80402d0a <user_trap+0x78>
80402ca6:	46a1                	li	a3,8
80402ca8:	08042703          	lw	a4,128(s0)
80402cac:	04d78463          	beq	a5,a3,80402cf4 <user_trap+0x62>
80402cb0:	46bd                	li	a3,15
80402cb2:	4150                	lw	a2,4(a0)
80402cb4:	00c50593          	add	a1,a0,12
80402cb8:	04f6e463          	bltu	a3,a5,80402d00 <user_trap+0x6e>
80402cbc:	804056b7          	lui	a3,0x80405
80402cc0:	078a                	sll	a5,a5,0x2
80402cc2:	52068693          	add	a3,a3,1312 # 80405520 <names.0>
80402cc6:	96be                	add	a3,a3,a5
80402cc8:	4294                	lw	a3,0(a3)
80402cca:	ca9d                	beqz	a3,80402d00 <user_trap+0x6e>
80402ccc:	08c42783          	lw	a5,140(s0)
80402cd0:	80405537          	lui	a0,0x80405
80402cd4:	39850513          	add	a0,a0,920 # 80405398 <syscalls+0x64>
80402cd8:	930ff0ef          	jal	80401e08 <kprintf>
80402cdc:	08842783          	lw	a5,136(s0)
80402ce0:	4709                	li	a4,2
80402ce2:	02e78b63          	beq	a5,a4,80402d18 <user_trap+0x86>
80402ce6:	470d                	li	a4,3
80402ce8:	02e78b63          	beq	a5,a4,80402d1e <user_trap+0x8c>
80402cec:	08b00513          	li	a0,139
80402cf0:	d08ff0ef          	jal	804021f8 <proc_exit>
80402cf4:	0711                	add	a4,a4,4
80402cf6:	08e42023          	sw	a4,128(s0)
80402cfa:	8c7ff0ef          	jal	804025c0 <syscall>
80402cfe:	3741                	jal	80402c7e <user_trap_return>
80402d00:	804056b7          	lui	a3,0x80405
80402d04:	38068693          	add	a3,a3,896 # 80405380 <syscalls+0x4c>
80402d08:	b7d1                	j	80402ccc <user_trap+0x3a>
80402d0a:	853e                	mv	a0,a5
80402d0c:	2f2010ef          	jal	80403ffe <arch_interrupt>
80402d10:	d57d                	beqz	a0,80402cfe <user_trap+0x6c>
80402d12:	b94ff0ef          	jal	804020a6 <yield>
80402d16:	b7e5                	j	80402cfe <user_trap+0x6c>
80402d18:	08400513          	li	a0,132
80402d1c:	bfd1                	j	80402cf0 <user_trap+0x5e>
80402d1e:	08500513          	li	a0,133
80402d22:	b7f9                	j	80402cf0 <user_trap+0x5e>

80402d24 <kernel_trap>:
80402d24:	87aa                	mv	a5,a0
80402d26:	08852503          	lw	a0,136(a0)
80402d2a:	1141                	add	sp,sp,-16
80402d2c:	c606                	sw	ra,12(sp)
80402d2e:	00055b63          	bgez	a0,80402d44 <kernel_trap+0x20>
80402d32:	0847a783          	lw	a5,132(a5)
80402d36:	1007f793          	and	a5,a5,256
80402d3a:	cf85                	beqz	a5,80402d72 <kernel_trap+0x4e>
80402d3c:	40b2                	lw	ra,12(sp)
80402d3e:	0141                	add	sp,sp,16
80402d40:	2be0106f          	j	80403ffe <arch_interrupt>
80402d44:	473d                	li	a4,15
80402d46:	02a76c63          	bltu	a4,a0,80402d7e <kernel_trap+0x5a>
80402d4a:	80405737          	lui	a4,0x80405
80402d4e:	00251693          	sll	a3,a0,0x2
80402d52:	52070713          	add	a4,a4,1312 # 80405520 <names.0>
80402d56:	9736                	add	a4,a4,a3
80402d58:	430c                	lw	a1,0(a4)
80402d5a:	c195                	beqz	a1,80402d7e <kernel_trap+0x5a>
80402d5c:	08c7a703          	lw	a4,140(a5)
80402d60:	0807a683          	lw	a3,128(a5)
80402d64:	862a                	mv	a2,a0
80402d66:	80405537          	lui	a0,0x80405
80402d6a:	3c850513          	add	a0,a0,968 # 804053c8 <syscalls+0x94>
80402d6e:	8c0ff0ef          	jal	80401e2e <panic>
80402d72:	80405537          	lui	a0,0x80405
80402d76:	40450513          	add	a0,a0,1028 # 80405404 <syscalls+0xd0>
80402d7a:	8b4ff0ef          	jal	80401e2e <panic>
80402d7e:	804055b7          	lui	a1,0x80405
80402d82:	38058593          	add	a1,a1,896 # 80405380 <syscalls+0x4c>
80402d86:	bfd9                	j	80402d5c <kernel_trap+0x38>

80402d88 <pt_walk>:
80402d88:	0165d793          	srl	a5,a1,0x16
80402d8c:	1141                	add	sp,sp,-16
80402d8e:	078a                	sll	a5,a5,0x2
80402d90:	c04a                	sw	s2,0(sp)
80402d92:	00f50933          	add	s2,a0,a5
80402d96:	00092783          	lw	a5,0(s2)
80402d9a:	c422                	sw	s0,8(sp)
80402d9c:	c606                	sw	ra,12(sp)
80402d9e:	c226                	sw	s1,4(sp)
80402da0:	0017f713          	and	a4,a5,1
80402da4:	842e                	mv	s0,a1
80402da6:	c31d                	beqz	a4,80402dcc <pt_walk+0x44>
80402da8:	00e7f713          	and	a4,a5,14
80402dac:	e729                	bnez	a4,80402df6 <pt_walk+0x6e>
80402dae:	00c5d413          	srl	s0,a1,0xc
80402db2:	00a7d513          	srl	a0,a5,0xa
80402db6:	3ff47413          	and	s0,s0,1023
80402dba:	040a                	sll	s0,s0,0x2
80402dbc:	0532                	sll	a0,a0,0xc
80402dbe:	40b2                	lw	ra,12(sp)
80402dc0:	9522                	add	a0,a0,s0
80402dc2:	4422                	lw	s0,8(sp)
80402dc4:	4492                	lw	s1,4(sp)
80402dc6:	4902                	lw	s2,0(sp)
80402dc8:	0141                	add	sp,sp,16
80402dca:	8082                	ret
80402dcc:	c60d                	beqz	a2,80402df6 <pt_walk+0x6e>
80402dce:	128010ef          	jal	80403ef6 <arch_pt_alloc>
80402dd2:	84aa                	mv	s1,a0
80402dd4:	c10d                	beqz	a0,80402df6 <pt_walk+0x6e>
80402dd6:	8031                	srl	s0,s0,0xc
80402dd8:	85aa                	mv	a1,a0
80402dda:	3ff47413          	and	s0,s0,1023
80402dde:	854a                	mv	a0,s2
80402de0:	13c010ef          	jal	80403f1c <arch_pt_link>
80402de4:	040a                	sll	s0,s0,0x2
80402de6:	00848533          	add	a0,s1,s0
80402dea:	40b2                	lw	ra,12(sp)
80402dec:	4422                	lw	s0,8(sp)
80402dee:	4492                	lw	s1,4(sp)
80402df0:	4902                	lw	s2,0(sp)
80402df2:	0141                	add	sp,sp,16
80402df4:	8082                	ret
80402df6:	40b2                	lw	ra,12(sp)
80402df8:	4422                	lw	s0,8(sp)
80402dfa:	4492                	lw	s1,4(sp)
80402dfc:	4902                	lw	s2,0(sp)
80402dfe:	4501                	li	a0,0
80402e00:	0141                	add	sp,sp,16
80402e02:	8082                	ret

80402e04 <uvm_free>:
80402e04:	1101                	add	sp,sp,-32
80402e06:	c256                	sw	s5,4(sp)
80402e08:	8aaa                	mv	s5,a0
80402e0a:	c84a                	sw	s2,16(sp)
80402e0c:	c64e                	sw	s3,12(sp)
80402e0e:	c452                	sw	s4,8(sp)
80402e10:	ce06                	sw	ra,28(sp)
80402e12:	cc22                	sw	s0,24(sp)
80402e14:	ca26                	sw	s1,20(sp)
80402e16:	c05a                	sw	s6,0(sp)
80402e18:	892a                	mv	s2,a0
80402e1a:	0c0a8993          	add	s3,s5,192
80402e1e:	0dc010ef          	jal	80403efa <arch_pt_unpin>
80402e22:	6a05                	lui	s4,0x1
80402e24:	a021                	j	80402e2c <uvm_free+0x28>
80402e26:	0911                	add	s2,s2,4
80402e28:	03390d63          	beq	s2,s3,80402e62 <uvm_free+0x5e>
80402e2c:	00092783          	lw	a5,0(s2)
80402e30:	0017f713          	and	a4,a5,1
80402e34:	db6d                	beqz	a4,80402e26 <uvm_free+0x22>
80402e36:	83a9                	srl	a5,a5,0xa
80402e38:	00c79413          	sll	s0,a5,0xc
80402e3c:	8522                	mv	a0,s0
80402e3e:	8b22                	mv	s6,s0
80402e40:	0ba010ef          	jal	80403efa <arch_pt_unpin>
80402e44:	014404b3          	add	s1,s0,s4
80402e48:	4008                	lw	a0,0(s0)
80402e4a:	0411                	add	s0,s0,4
80402e4c:	00157793          	and	a5,a0,1
80402e50:	eb85                	bnez	a5,80402e80 <uvm_free+0x7c>
80402e52:	fe849be3          	bne	s1,s0,80402e48 <uvm_free+0x44>
80402e56:	855a                	mv	a0,s6
80402e58:	0911                	add	s2,s2,4
80402e5a:	0be010ef          	jal	80403f18 <arch_pt_free>
80402e5e:	fd3917e3          	bne	s2,s3,80402e2c <uvm_free+0x28>
80402e62:	8556                	mv	a0,s5
80402e64:	0b4010ef          	jal	80403f18 <arch_pt_free>
80402e68:	4462                	lw	s0,24(sp)
80402e6a:	40f2                	lw	ra,28(sp)
80402e6c:	44d2                	lw	s1,20(sp)
80402e6e:	4942                	lw	s2,16(sp)
80402e70:	49b2                	lw	s3,12(sp)
80402e72:	4a22                	lw	s4,8(sp)
80402e74:	4b02                	lw	s6,0(sp)
80402e76:	8556                	mv	a0,s5
80402e78:	4a92                	lw	s5,4(sp)
80402e7a:	6105                	add	sp,sp,32
80402e7c:	0b00106f          	j	80403f2c <arch_pt_commit>
80402e80:	8129                	srl	a0,a0,0xa
80402e82:	0532                	sll	a0,a0,0xc
80402e84:	9e5fe0ef          	jal	80401868 <kfree>
80402e88:	fc8490e3          	bne	s1,s0,80402e48 <uvm_free+0x44>
80402e8c:	b7e9                	j	80402e56 <uvm_free+0x52>

80402e8e <uvm_alloc>:
80402e8e:	1101                	add	sp,sp,-32
80402e90:	c84a                	sw	s2,16(sp)
80402e92:	c64e                	sw	s3,12(sp)
80402e94:	ce06                	sw	ra,28(sp)
80402e96:	cc22                	sw	s0,24(sp)
80402e98:	ca26                	sw	s1,20(sp)
80402e9a:	c452                	sw	s4,8(sp)
80402e9c:	c256                	sw	s5,4(sp)
80402e9e:	00c589b3          	add	s3,a1,a2
80402ea2:	892a                	mv	s2,a0
80402ea4:	0535f863          	bgeu	a1,s3,80402ef4 <uvm_alloc+0x66>
80402ea8:	84ae                	mv	s1,a1
80402eaa:	8a36                	mv	s4,a3
80402eac:	6a85                	lui	s5,0x1
80402eae:	a015                	j	80402ed2 <uvm_alloc+0x44>
80402eb0:	98ffe0ef          	jal	8040183e <kalloc>
80402eb4:	00c55593          	srl	a1,a0,0xc
80402eb8:	05aa                	sll	a1,a1,0xa
80402eba:	87aa                	mv	a5,a0
80402ebc:	0145e5b3          	or	a1,a1,s4
80402ec0:	0d15e593          	or	a1,a1,209
80402ec4:	8522                	mv	a0,s0
80402ec6:	cb8d                	beqz	a5,80402ef8 <uvm_alloc+0x6a>
80402ec8:	94d6                	add	s1,s1,s5
80402eca:	05e010ef          	jal	80403f28 <arch_pt_set>
80402ece:	0334f363          	bgeu	s1,s3,80402ef4 <uvm_alloc+0x66>
80402ed2:	85a6                	mv	a1,s1
80402ed4:	4605                	li	a2,1
80402ed6:	854a                	mv	a0,s2
80402ed8:	3d45                	jal	80402d88 <pt_walk>
80402eda:	842a                	mv	s0,a0
80402edc:	cd11                	beqz	a0,80402ef8 <uvm_alloc+0x6a>
80402ede:	410c                	lw	a1,0(a0)
80402ee0:	0015f793          	and	a5,a1,1
80402ee4:	d7f1                	beqz	a5,80402eb0 <uvm_alloc+0x22>
80402ee6:	0145e5b3          	or	a1,a1,s4
80402eea:	94d6                	add	s1,s1,s5
80402eec:	03c010ef          	jal	80403f28 <arch_pt_set>
80402ef0:	ff34e1e3          	bltu	s1,s3,80402ed2 <uvm_alloc+0x44>
80402ef4:	4401                	li	s0,0
80402ef6:	a011                	j	80402efa <uvm_alloc+0x6c>
80402ef8:	5451                	li	s0,-12
80402efa:	854a                	mv	a0,s2
80402efc:	030010ef          	jal	80403f2c <arch_pt_commit>
80402f00:	40f2                	lw	ra,28(sp)
80402f02:	8522                	mv	a0,s0
80402f04:	4462                	lw	s0,24(sp)
80402f06:	44d2                	lw	s1,20(sp)
80402f08:	4942                	lw	s2,16(sp)
80402f0a:	49b2                	lw	s3,12(sp)
80402f0c:	4a22                	lw	s4,8(sp)
80402f0e:	4a92                	lw	s5,4(sp)
80402f10:	6105                	add	sp,sp,32
80402f12:	8082                	ret

80402f14 <uvm_dealloc>:
80402f14:	712d                	add	sp,sp,-288
80402f16:	11312623          	sw	s3,268(sp)
80402f1a:	10112e23          	sw	ra,284(sp)
80402f1e:	10812c23          	sw	s0,280(sp)
80402f22:	10912a23          	sw	s1,276(sp)
80402f26:	11212823          	sw	s2,272(sp)
80402f2a:	11412423          	sw	s4,264(sp)
80402f2e:	11512223          	sw	s5,260(sp)
80402f32:	11612023          	sw	s6,256(sp)
80402f36:	00c589b3          	add	s3,a1,a2
80402f3a:	0d35f363          	bgeu	a1,s3,80403000 <uvm_dealloc+0xec>
80402f3e:	8b2e                	mv	s6,a1
80402f40:	892a                	mv	s2,a0
80402f42:	4401                	li	s0,0
80402f44:	04000a93          	li	s5,64
80402f48:	0204                	add	s1,sp,256
80402f4a:	6a05                	lui	s4,0x1
80402f4c:	a021                	j	80402f54 <uvm_dealloc+0x40>
80402f4e:	9b52                	add	s6,s6,s4
80402f50:	073b7863          	bgeu	s6,s3,80402fc0 <uvm_dealloc+0xac>
80402f54:	016b5793          	srl	a5,s6,0x16
80402f58:	078a                	sll	a5,a5,0x2
80402f5a:	97ca                	add	a5,a5,s2
80402f5c:	439c                	lw	a5,0(a5)
80402f5e:	0017f713          	and	a4,a5,1
80402f62:	d775                	beqz	a4,80402f4e <uvm_dealloc+0x3a>
80402f64:	00e7f713          	and	a4,a5,14
80402f68:	f37d                	bnez	a4,80402f4e <uvm_dealloc+0x3a>
80402f6a:	00cb5713          	srl	a4,s6,0xc
80402f6e:	00a7d513          	srl	a0,a5,0xa
80402f72:	3ff77793          	and	a5,a4,1023
80402f76:	0532                	sll	a0,a0,0xc
80402f78:	078a                	sll	a5,a5,0x2
80402f7a:	953e                	add	a0,a0,a5
80402f7c:	d969                	beqz	a0,80402f4e <uvm_dealloc+0x3a>
80402f7e:	411c                	lw	a5,0(a0)
80402f80:	0017f713          	and	a4,a5,1
80402f84:	d769                	beqz	a4,80402f4e <uvm_dealloc+0x3a>
80402f86:	00241713          	sll	a4,s0,0x2
80402f8a:	83a9                	srl	a5,a5,0xa
80402f8c:	10070713          	add	a4,a4,256
80402f90:	0405                	add	s0,s0,1
80402f92:	970a                	add	a4,a4,sp
80402f94:	07b2                	sll	a5,a5,0xc
80402f96:	4581                	li	a1,0
80402f98:	f0f72023          	sw	a5,-256(a4)
80402f9c:	78d000ef          	jal	80403f28 <arch_pt_set>
80402fa0:	fb5417e3          	bne	s0,s5,80402f4e <uvm_dealloc+0x3a>
80402fa4:	854a                	mv	a0,s2
80402fa6:	787000ef          	jal	80403f2c <arch_pt_commit>
80402faa:	840a                	mv	s0,sp
80402fac:	4008                	lw	a0,0(s0)
80402fae:	0411                	add	s0,s0,4
80402fb0:	8b9fe0ef          	jal	80401868 <kfree>
80402fb4:	fe941ce3          	bne	s0,s1,80402fac <uvm_dealloc+0x98>
80402fb8:	9b52                	add	s6,s6,s4
80402fba:	4401                	li	s0,0
80402fbc:	f93b6ce3          	bltu	s6,s3,80402f54 <uvm_dealloc+0x40>
80402fc0:	854a                	mv	a0,s2
80402fc2:	76b000ef          	jal	80403f2c <arch_pt_commit>
80402fc6:	c819                	beqz	s0,80402fdc <uvm_dealloc+0xc8>
80402fc8:	890a                	mv	s2,sp
80402fca:	4481                	li	s1,0
80402fcc:	00092503          	lw	a0,0(s2)
80402fd0:	0485                	add	s1,s1,1
80402fd2:	0911                	add	s2,s2,4
80402fd4:	895fe0ef          	jal	80401868 <kfree>
80402fd8:	fe941ae3          	bne	s0,s1,80402fcc <uvm_dealloc+0xb8>
80402fdc:	11c12083          	lw	ra,284(sp)
80402fe0:	11812403          	lw	s0,280(sp)
80402fe4:	11412483          	lw	s1,276(sp)
80402fe8:	11012903          	lw	s2,272(sp)
80402fec:	10c12983          	lw	s3,268(sp)
80402ff0:	10812a03          	lw	s4,264(sp)
80402ff4:	10412a83          	lw	s5,260(sp)
80402ff8:	10012b03          	lw	s6,256(sp)
80402ffc:	6115                	add	sp,sp,288
80402ffe:	8082                	ret
80403000:	11812403          	lw	s0,280(sp)
80403004:	11c12083          	lw	ra,284(sp)
80403008:	11412483          	lw	s1,276(sp)
8040300c:	11012903          	lw	s2,272(sp)
80403010:	10c12983          	lw	s3,268(sp)
80403014:	10812a03          	lw	s4,264(sp)
80403018:	10412a83          	lw	s5,260(sp)
8040301c:	10012b03          	lw	s6,256(sp)
80403020:	6115                	add	sp,sp,288
80403022:	70b0006f          	j	80403f2c <arch_pt_commit>

80403026 <uvm_kva>:
80403026:	0c0007b7          	lui	a5,0xc000
8040302a:	00f5e463          	bltu	a1,a5,80403032 <uvm_kva+0xc>
8040302e:	4501                	li	a0,0
80403030:	8082                	ret
80403032:	0165d793          	srl	a5,a1,0x16
80403036:	078a                	sll	a5,a5,0x2
80403038:	953e                	add	a0,a0,a5
8040303a:	411c                	lw	a5,0(a0)
8040303c:	0017f513          	and	a0,a5,1
80403040:	d965                	beqz	a0,80403030 <uvm_kva+0xa>
80403042:	00e7f513          	and	a0,a5,14
80403046:	f565                	bnez	a0,8040302e <uvm_kva+0x8>
80403048:	00c5d713          	srl	a4,a1,0xc
8040304c:	83a9                	srl	a5,a5,0xa
8040304e:	3ff77713          	and	a4,a4,1023
80403052:	07b2                	sll	a5,a5,0xc
80403054:	070a                	sll	a4,a4,0x2
80403056:	97ba                	add	a5,a5,a4
80403058:	01166613          	or	a2,a2,17
8040305c:	dbf1                	beqz	a5,80403030 <uvm_kva+0xa>
8040305e:	439c                	lw	a5,0(a5)
80403060:	00c7f733          	and	a4,a5,a2
80403064:	fcc716e3          	bne	a4,a2,80403030 <uvm_kva+0xa>
80403068:	83a9                	srl	a5,a5,0xa
8040306a:	05d2                	sll	a1,a1,0x14
8040306c:	07b2                	sll	a5,a5,0xc
8040306e:	81d1                	srl	a1,a1,0x14
80403070:	00b7e533          	or	a0,a5,a1
80403074:	8082                	ret

80403076 <copyin>:
80403076:	cacd                	beqz	a3,80403128 <copyin+0xb2>
80403078:	7179                	add	sp,sp,-48
8040307a:	d04a                	sw	s2,32(sp)
8040307c:	d606                	sw	ra,44(sp)
8040307e:	d422                	sw	s0,40(sp)
80403080:	d226                	sw	s1,36(sp)
80403082:	ce4e                	sw	s3,28(sp)
80403084:	cc52                	sw	s4,24(sp)
80403086:	ca56                	sw	s5,20(sp)
80403088:	c85a                	sw	s6,16(sp)
8040308a:	c65e                	sw	s7,12(sp)
8040308c:	c462                	sw	s8,8(sp)
8040308e:	0c0007b7          	lui	a5,0xc000
80403092:	8932                	mv	s2,a2
80403094:	00f66f63          	bltu	a2,a5,804030b2 <copyin+0x3c>
80403098:	5549                	li	a0,-14
8040309a:	50b2                	lw	ra,44(sp)
8040309c:	5422                	lw	s0,40(sp)
8040309e:	5492                	lw	s1,36(sp)
804030a0:	5902                	lw	s2,32(sp)
804030a2:	49f2                	lw	s3,28(sp)
804030a4:	4a62                	lw	s4,24(sp)
804030a6:	4ad2                	lw	s5,20(sp)
804030a8:	4b42                	lw	s6,16(sp)
804030aa:	4bb2                	lw	s7,12(sp)
804030ac:	4c22                	lw	s8,8(sp)
804030ae:	6145                	add	sp,sp,48
804030b0:	8082                	ret
804030b2:	6b05                	lui	s6,0x1
804030b4:	8436                	mv	s0,a3
804030b6:	8a2a                	mv	s4,a0
804030b8:	8c2e                	mv	s8,a1
804030ba:	4acd                	li	s5,19
804030bc:	fffb0b93          	add	s7,s6,-1 # fff <_entry-0x803ff001>
804030c0:	0c0009b7          	lui	s3,0xc000
804030c4:	01695793          	srl	a5,s2,0x16
804030c8:	078a                	sll	a5,a5,0x2
804030ca:	97d2                	add	a5,a5,s4
804030cc:	439c                	lw	a5,0(a5)
804030ce:	0017f713          	and	a4,a5,1
804030d2:	00e7f693          	and	a3,a5,14
804030d6:	d369                	beqz	a4,80403098 <copyin+0x22>
804030d8:	00c95713          	srl	a4,s2,0xc
804030dc:	83a9                	srl	a5,a5,0xa
804030de:	3ff77713          	and	a4,a4,1023
804030e2:	07b2                	sll	a5,a5,0xc
804030e4:	070a                	sll	a4,a4,0x2
804030e6:	97ba                	add	a5,a5,a4
804030e8:	fac5                	bnez	a3,80403098 <copyin+0x22>
804030ea:	017976b3          	and	a3,s2,s7
804030ee:	8562                	mv	a0,s8
804030f0:	40db04b3          	sub	s1,s6,a3
804030f4:	d3d5                	beqz	a5,80403098 <copyin+0x22>
804030f6:	4398                	lw	a4,0(a5)
804030f8:	00a75793          	srl	a5,a4,0xa
804030fc:	07b2                	sll	a5,a5,0xc
804030fe:	8fd5                	or	a5,a5,a3
80403100:	8b4d                	and	a4,a4,19
80403102:	85be                	mv	a1,a5
80403104:	f9571ae3          	bne	a4,s5,80403098 <copyin+0x22>
80403108:	dbc1                	beqz	a5,80403098 <copyin+0x22>
8040310a:	00947363          	bgeu	s0,s1,80403110 <copyin+0x9a>
8040310e:	84a2                	mv	s1,s0
80403110:	8626                	mv	a2,s1
80403112:	8c05                	sub	s0,s0,s1
80403114:	b94ff0ef          	jal	804024a8 <memcpy>
80403118:	9926                	add	s2,s2,s1
8040311a:	9c26                	add	s8,s8,s1
8040311c:	c401                	beqz	s0,80403124 <copyin+0xae>
8040311e:	f7397de3          	bgeu	s2,s3,80403098 <copyin+0x22>
80403122:	b74d                	j	804030c4 <copyin+0x4e>
80403124:	4501                	li	a0,0
80403126:	bf95                	j	8040309a <copyin+0x24>
80403128:	4501                	li	a0,0
8040312a:	8082                	ret

8040312c <copyout>:
8040312c:	cacd                	beqz	a3,804031de <copyout+0xb2>
8040312e:	7179                	add	sp,sp,-48
80403130:	d04a                	sw	s2,32(sp)
80403132:	d606                	sw	ra,44(sp)
80403134:	d422                	sw	s0,40(sp)
80403136:	d226                	sw	s1,36(sp)
80403138:	ce4e                	sw	s3,28(sp)
8040313a:	cc52                	sw	s4,24(sp)
8040313c:	ca56                	sw	s5,20(sp)
8040313e:	c85a                	sw	s6,16(sp)
80403140:	c65e                	sw	s7,12(sp)
80403142:	c462                	sw	s8,8(sp)
80403144:	0c0007b7          	lui	a5,0xc000
80403148:	892e                	mv	s2,a1
8040314a:	00f5ef63          	bltu	a1,a5,80403168 <copyout+0x3c>
8040314e:	5549                	li	a0,-14
80403150:	50b2                	lw	ra,44(sp)
80403152:	5422                	lw	s0,40(sp)
80403154:	5492                	lw	s1,36(sp)
80403156:	5902                	lw	s2,32(sp)
80403158:	49f2                	lw	s3,28(sp)
8040315a:	4a62                	lw	s4,24(sp)
8040315c:	4ad2                	lw	s5,20(sp)
8040315e:	4b42                	lw	s6,16(sp)
80403160:	4bb2                	lw	s7,12(sp)
80403162:	4c22                	lw	s8,8(sp)
80403164:	6145                	add	sp,sp,48
80403166:	8082                	ret
80403168:	6b05                	lui	s6,0x1
8040316a:	8436                	mv	s0,a3
8040316c:	8a2a                	mv	s4,a0
8040316e:	8c32                	mv	s8,a2
80403170:	4ad5                	li	s5,21
80403172:	fffb0b93          	add	s7,s6,-1 # fff <_entry-0x803ff001>
80403176:	0c0009b7          	lui	s3,0xc000
8040317a:	01695793          	srl	a5,s2,0x16
8040317e:	078a                	sll	a5,a5,0x2
80403180:	97d2                	add	a5,a5,s4
80403182:	439c                	lw	a5,0(a5)
80403184:	0017f713          	and	a4,a5,1
80403188:	00e7f693          	and	a3,a5,14
8040318c:	d369                	beqz	a4,8040314e <copyout+0x22>
8040318e:	00c95713          	srl	a4,s2,0xc
80403192:	83a9                	srl	a5,a5,0xa
80403194:	3ff77713          	and	a4,a4,1023
80403198:	07b2                	sll	a5,a5,0xc
8040319a:	070a                	sll	a4,a4,0x2
8040319c:	97ba                	add	a5,a5,a4
8040319e:	fac5                	bnez	a3,8040314e <copyout+0x22>
804031a0:	017976b3          	and	a3,s2,s7
804031a4:	85e2                	mv	a1,s8
804031a6:	40db04b3          	sub	s1,s6,a3
804031aa:	d3d5                	beqz	a5,8040314e <copyout+0x22>
804031ac:	4398                	lw	a4,0(a5)
804031ae:	00a75793          	srl	a5,a4,0xa
804031b2:	07b2                	sll	a5,a5,0xc
804031b4:	8fd5                	or	a5,a5,a3
804031b6:	8b55                	and	a4,a4,21
804031b8:	853e                	mv	a0,a5
804031ba:	f9571ae3          	bne	a4,s5,8040314e <copyout+0x22>
804031be:	dbc1                	beqz	a5,8040314e <copyout+0x22>
804031c0:	00947363          	bgeu	s0,s1,804031c6 <copyout+0x9a>
804031c4:	84a2                	mv	s1,s0
804031c6:	8626                	mv	a2,s1
804031c8:	8c05                	sub	s0,s0,s1
804031ca:	adeff0ef          	jal	804024a8 <memcpy>
804031ce:	9926                	add	s2,s2,s1
804031d0:	9c26                	add	s8,s8,s1
804031d2:	c401                	beqz	s0,804031da <copyout+0xae>
804031d4:	f7397de3          	bgeu	s2,s3,8040314e <copyout+0x22>
804031d8:	b74d                	j	8040317a <copyout+0x4e>
804031da:	4501                	li	a0,0
804031dc:	bf95                	j	80403150 <copyout+0x24>
804031de:	4501                	li	a0,0
804031e0:	8082                	ret

804031e2 <copyinstr>:
804031e2:	c2c9                	beqz	a3,80403264 <copyinstr+0x82>
804031e4:	0c000337          	lui	t1,0xc000
804031e8:	00666463          	bltu	a2,t1,804031f0 <copyinstr+0xe>
804031ec:	5549                	li	a0,-14
804031ee:	8082                	ret
804031f0:	6e85                	lui	t4,0x1
804031f2:	40c30333          	sub	t1,t1,a2
804031f6:	4781                	li	a5,0
804031f8:	4e4d                	li	t3,19
804031fa:	1efd                	add	t4,t4,-1 # fff <_entry-0x803ff001>
804031fc:	00f60833          	add	a6,a2,a5
80403200:	01685713          	srl	a4,a6,0x16
80403204:	070a                	sll	a4,a4,0x2
80403206:	972a                	add	a4,a4,a0
80403208:	4318                	lw	a4,0(a4)
8040320a:	00177893          	and	a7,a4,1
8040320e:	00e77f13          	and	t5,a4,14
80403212:	fc088de3          	beqz	a7,804031ec <copyinstr+0xa>
80403216:	00c85893          	srl	a7,a6,0xc
8040321a:	8329                	srl	a4,a4,0xa
8040321c:	3ff8f893          	and	a7,a7,1023
80403220:	0732                	sll	a4,a4,0xc
80403222:	088a                	sll	a7,a7,0x2
80403224:	9746                	add	a4,a4,a7
80403226:	fc0f13e3          	bnez	t5,804031ec <copyinstr+0xa>
8040322a:	00f58f33          	add	t5,a1,a5
8040322e:	01d878b3          	and	a7,a6,t4
80403232:	df4d                	beqz	a4,804031ec <copyinstr+0xa>
80403234:	00072803          	lw	a6,0(a4)
80403238:	00a85713          	srl	a4,a6,0xa
8040323c:	0732                	sll	a4,a4,0xc
8040323e:	01387813          	and	a6,a6,19
80403242:	01176733          	or	a4,a4,a7
80403246:	fbc813e3          	bne	a6,t3,804031ec <copyinstr+0xa>
8040324a:	d34d                	beqz	a4,804031ec <copyinstr+0xa>
8040324c:	00074703          	lbu	a4,0(a4)
80403250:	00ef0023          	sb	a4,0(t5)
80403254:	cb19                	beqz	a4,8040326a <copyinstr+0x88>
80403256:	0785                	add	a5,a5,1 # c000001 <_entry-0x743fffff>
80403258:	00f68663          	beq	a3,a5,80403264 <copyinstr+0x82>
8040325c:	fa6790e3          	bne	a5,t1,804031fc <copyinstr+0x1a>
80403260:	5549                	li	a0,-14
80403262:	8082                	ret
80403264:	fdc00513          	li	a0,-36
80403268:	8082                	ret
8040326a:	853e                	mv	a0,a5
8040326c:	8082                	ret

8040326e <either_copyin>:
8040326e:	1141                	add	sp,sp,-16
80403270:	c422                	sw	s0,8(sp)
80403272:	c226                	sw	s1,4(sp)
80403274:	c04a                	sw	s2,0(sp)
80403276:	c606                	sw	ra,12(sp)
80403278:	842e                	mv	s0,a1
8040327a:	84b2                	mv	s1,a2
8040327c:	8936                	mv	s2,a3
8040327e:	ed09                	bnez	a0,80403298 <either_copyin+0x2a>
80403280:	85a6                	mv	a1,s1
80403282:	8522                	mv	a0,s0
80403284:	8636                	mv	a2,a3
80403286:	a22ff0ef          	jal	804024a8 <memcpy>
8040328a:	40b2                	lw	ra,12(sp)
8040328c:	4422                	lw	s0,8(sp)
8040328e:	4492                	lw	s1,4(sp)
80403290:	4902                	lw	s2,0(sp)
80403292:	4501                	li	a0,0
80403294:	0141                	add	sp,sp,16
80403296:	8082                	ret
80403298:	c0bfe0ef          	jal	80401ea2 <myproc>
8040329c:	85a2                	mv	a1,s0
8040329e:	4422                	lw	s0,8(sp)
804032a0:	40b2                	lw	ra,12(sp)
804032a2:	5908                	lw	a0,48(a0)
804032a4:	86ca                	mv	a3,s2
804032a6:	8626                	mv	a2,s1
804032a8:	4902                	lw	s2,0(sp)
804032aa:	4492                	lw	s1,4(sp)
804032ac:	0141                	add	sp,sp,16
804032ae:	dc9ff06f          	j	80403076 <copyin>

804032b2 <either_copyout>:
804032b2:	1141                	add	sp,sp,-16
804032b4:	c422                	sw	s0,8(sp)
804032b6:	c226                	sw	s1,4(sp)
804032b8:	c04a                	sw	s2,0(sp)
804032ba:	c606                	sw	ra,12(sp)
804032bc:	842e                	mv	s0,a1
804032be:	84b2                	mv	s1,a2
804032c0:	8936                	mv	s2,a3
804032c2:	ed09                	bnez	a0,804032dc <either_copyout+0x2a>
804032c4:	85a6                	mv	a1,s1
804032c6:	8522                	mv	a0,s0
804032c8:	8636                	mv	a2,a3
804032ca:	9deff0ef          	jal	804024a8 <memcpy>
804032ce:	40b2                	lw	ra,12(sp)
804032d0:	4422                	lw	s0,8(sp)
804032d2:	4492                	lw	s1,4(sp)
804032d4:	4902                	lw	s2,0(sp)
804032d6:	4501                	li	a0,0
804032d8:	0141                	add	sp,sp,16
804032da:	8082                	ret
804032dc:	bc7fe0ef          	jal	80401ea2 <myproc>
804032e0:	85a2                	mv	a1,s0
804032e2:	4422                	lw	s0,8(sp)
804032e4:	40b2                	lw	ra,12(sp)
804032e6:	5908                	lw	a0,48(a0)
804032e8:	86ca                	mv	a3,s2
804032ea:	8626                	mv	a2,s1
804032ec:	4902                	lw	s2,0(sp)
804032ee:	4492                	lw	s1,4(sp)
804032f0:	0141                	add	sp,sp,16
804032f2:	e3bff06f          	j	8040312c <copyout>

804032f6 <arch_power_off>:
804032f6:	1141                	add	sp,sp,-16
804032f8:	0ff57793          	zext.b	a5,a0
804032fc:	c606                	sw	ra,12(sp)
804032fe:	4501                	li	a0,0
80403300:	c781                	beqz	a5,80403308 <arch_power_off+0x12>
80403302:	f0000537          	lui	a0,0xf0000
80403306:	8d5d                	or	a0,a0,a5
80403308:	4bd000ef          	jal	80403fc4 <sbi_shutdown>

8040330c <arch_crash>:
8040330c:	1141                	add	sp,sp,-16
8040330e:	4505                	li	a0,1
80403310:	c606                	sw	ra,12(sp)
80403312:	4b3000ef          	jal	80403fc4 <sbi_shutdown>

80403316 <main>:
80403316:	1141                	add	sp,sp,-16
80403318:	c422                	sw	s0,8(sp)
8040331a:	804ff437          	lui	s0,0x804ff
8040331e:	852e                	mv	a0,a1
80403320:	d0040593          	add	a1,s0,-768 # 804fed00 <boot_info>
80403324:	c606                	sw	ra,12(sp)
80403326:	c226                	sw	s1,4(sp)
80403328:	091000ef          	jal	80403bb8 <fdt_parse>
8040332c:	804007b7          	lui	a5,0x80400
80403330:	00078793          	mv	a5,a5
80403334:	80400737          	lui	a4,0x80400
80403338:	00e78863          	beq	a5,a4,80403348 <main+0x32>
8040333c:	80405537          	lui	a0,0x80405
80403340:	56050513          	add	a0,a0,1376 # 80405560 <names.0+0x40>
80403344:	aebfe0ef          	jal	80401e2e <panic>
80403348:	d0040493          	add	s1,s0,-768
8040334c:	4098                	lw	a4,0(s1)
8040334e:	fee7e7e3          	bltu	a5,a4,8040333c <main+0x26>
80403352:	40cc                	lw	a1,4(s1)
80403354:	804ff537          	lui	a0,0x804ff
80403358:	00050793          	mv	a5,a0
8040335c:	feb7f0e3          	bgeu	a5,a1,8040333c <main+0x26>
80403360:	00050513          	mv	a0,a0
80403364:	d70fe0ef          	jal	804018d4 <kinit>
80403368:	d0040513          	add	a0,s0,-768
8040336c:	287000ef          	jal	80403df2 <kvm_init>
80403370:	473000ef          	jal	80403fe2 <trap_init>
80403374:	407000ef          	jal	80403f7a <sbi_init>
80403378:	3d1000ef          	jal	80403f48 <plic_init>
8040337c:	503000ef          	jal	8040407e <uart_init>
80403380:	2084a783          	lw	a5,520(s1)
80403384:	eb89                	bnez	a5,80403396 <main+0x80>
80403386:	2084a583          	lw	a1,520(s1)
8040338a:	804ff537          	lui	a0,0x804ff
8040338e:	d0850513          	add	a0,a0,-760 # 804fed08 <boot_info+0x8>
80403392:	dc6fe0ef          	jal	80401958 <kernel_run>
80403396:	20c4a503          	lw	a0,524(s1)
8040339a:	2045                	jal	8040343a <disk_init>
8040339c:	b7ed                	j	80403386 <main+0x70>

8040339e <disk_wait>:
8040339e:	804277b7          	lui	a5,0x80427
804033a2:	0647a603          	lw	a2,100(a5) # 80427064 <disk_base>
804033a6:	00c60693          	add	a3,a2,12
804033aa:	429c                	lw	a5,0(a3)
804033ac:	0017f713          	and	a4,a5,1
804033b0:	eb01                	bnez	a4,804033c0 <disk_wait+0x22>
804033b2:	0807f713          	and	a4,a5,128
804033b6:	fb75                	bnez	a4,804033aa <disk_wait+0xc>
804033b8:	8fe9                	and	a5,a5,a0
804033ba:	fea798e3          	bne	a5,a0,804033aa <disk_wait+0xc>
804033be:	8082                	ret
804033c0:	4a10                	lw	a2,16(a2)
804033c2:	80405537          	lui	a0,0x80405
804033c6:	1141                	add	sp,sp,-16
804033c8:	58450513          	add	a0,a0,1412 # 80405584 <names.0+0x64>
804033cc:	c606                	sw	ra,12(sp)
804033ce:	a61fe0ef          	jal	80401e2e <panic>

804033d2 <disk_command>:
804033d2:	1141                	add	sp,sp,-16
804033d4:	c422                	sw	s0,8(sp)
804033d6:	c226                	sw	s1,4(sp)
804033d8:	c606                	sw	ra,12(sp)
804033da:	c04a                	sw	s2,0(sp)
804033dc:	fff60713          	add	a4,a2,-1
804033e0:	0ff00793          	li	a5,255
804033e4:	8432                	mv	s0,a2
804033e6:	84ae                	mv	s1,a1
804033e8:	04e7e163          	bltu	a5,a4,8040342a <disk_command+0x58>
804033ec:	804277b7          	lui	a5,0x80427
804033f0:	0607a783          	lw	a5,96(a5) # 80427060 <capacity>
804033f4:	02b7eb63          	bltu	a5,a1,8040342a <disk_command+0x58>
804033f8:	8f8d                	sub	a5,a5,a1
804033fa:	02c7e863          	bltu	a5,a2,8040342a <disk_command+0x58>
804033fe:	804055b7          	lui	a1,0x80405
80403402:	892a                	mv	s2,a0
80403404:	5d058593          	add	a1,a1,1488 # 804055d0 <names.0+0xb0>
80403408:	04000513          	li	a0,64
8040340c:	3f49                	jal	8040339e <disk_wait>
8040340e:	804277b7          	lui	a5,0x80427
80403412:	0647a783          	lw	a5,100(a5) # 80427064 <disk_base>
80403416:	40b2                	lw	ra,12(sp)
80403418:	c3c0                	sw	s0,4(a5)
8040341a:	4422                	lw	s0,8(sp)
8040341c:	c784                	sw	s1,8(a5)
8040341e:	0127a623          	sw	s2,12(a5)
80403422:	4492                	lw	s1,4(sp)
80403424:	4902                	lw	s2,0(sp)
80403426:	0141                	add	sp,sp,16
80403428:	8082                	ret
8040342a:	80405537          	lui	a0,0x80405
8040342e:	8622                	mv	a2,s0
80403430:	85a6                	mv	a1,s1
80403432:	5a450513          	add	a0,a0,1444 # 804055a4 <names.0+0x84>
80403436:	9f9fe0ef          	jal	80401e2e <panic>

8040343a <disk_init>:
8040343a:	00052c23          	sw	zero,24(a0)
8040343e:	4958                	lw	a4,20(a0)
80403440:	804277b7          	lui	a5,0x80427
80403444:	06a7a223          	sw	a0,100(a5) # 80427064 <disk_base>
80403448:	804277b7          	lui	a5,0x80427
8040344c:	06e7a023          	sw	a4,96(a5) # 80427060 <capacity>
80403450:	8082                	ret

80403452 <disk_capacity>:
80403452:	804277b7          	lui	a5,0x80427
80403456:	0607a503          	lw	a0,96(a5) # 80427060 <capacity>
8040345a:	8082                	ret

8040345c <disk_read>:
8040345c:	1101                	add	sp,sp,-32
8040345e:	c452                	sw	s4,8(sp)
80403460:	8a2e                	mv	s4,a1
80403462:	ca26                	sw	s1,20(sp)
80403464:	85aa                	mv	a1,a0
80403466:	84b2                	mv	s1,a2
80403468:	02000513          	li	a0,32
8040346c:	8652                	mv	a2,s4
8040346e:	ce06                	sw	ra,28(sp)
80403470:	cc22                	sw	s0,24(sp)
80403472:	c84a                	sw	s2,16(sp)
80403474:	c64e                	sw	s3,12(sp)
80403476:	c256                	sw	s5,4(sp)
80403478:	3fa9                	jal	804033d2 <disk_command>
8040347a:	040a0b63          	beqz	s4,804034d0 <disk_read+0x74>
8040347e:	804277b7          	lui	a5,0x80427
80403482:	0647a903          	lw	s2,100(a5) # 80427064 <disk_base>
80403486:	20048493          	add	s1,s1,512
8040348a:	4981                	li	s3,0
8040348c:	80405ab7          	lui	s5,0x80405
80403490:	5d8a8593          	add	a1,s5,1496 # 804055d8 <names.0+0xb8>
80403494:	4521                	li	a0,8
80403496:	e0048413          	add	s0,s1,-512
8040349a:	f05ff0ef          	jal	8040339e <disk_wait>
8040349e:	00092783          	lw	a5,0(s2)
804034a2:	0411                	add	s0,s0,4
804034a4:	fef42e23          	sw	a5,-4(s0)
804034a8:	fe941be3          	bne	s0,s1,8040349e <disk_read+0x42>
804034ac:	0985                	add	s3,s3,1 # c000001 <_entry-0x743fffff>
804034ae:	20048493          	add	s1,s1,512
804034b2:	fd3a1fe3          	bne	s4,s3,80403490 <disk_read+0x34>
804034b6:	4462                	lw	s0,24(sp)
804034b8:	40f2                	lw	ra,28(sp)
804034ba:	44d2                	lw	s1,20(sp)
804034bc:	4942                	lw	s2,16(sp)
804034be:	49b2                	lw	s3,12(sp)
804034c0:	4a22                	lw	s4,8(sp)
804034c2:	5d8a8593          	add	a1,s5,1496
804034c6:	4a92                	lw	s5,4(sp)
804034c8:	4501                	li	a0,0
804034ca:	6105                	add	sp,sp,32
804034cc:	ed3ff06f          	j	8040339e <disk_wait>
804034d0:	80405ab7          	lui	s5,0x80405
804034d4:	b7cd                	j	804034b6 <disk_read+0x5a>

804034d6 <disk_write>:
804034d6:	1101                	add	sp,sp,-32
804034d8:	c452                	sw	s4,8(sp)
804034da:	8a2e                	mv	s4,a1
804034dc:	ca26                	sw	s1,20(sp)
804034de:	85aa                	mv	a1,a0
804034e0:	84b2                	mv	s1,a2
804034e2:	03000513          	li	a0,48
804034e6:	8652                	mv	a2,s4
804034e8:	ce06                	sw	ra,28(sp)
804034ea:	cc22                	sw	s0,24(sp)
804034ec:	c84a                	sw	s2,16(sp)
804034ee:	c64e                	sw	s3,12(sp)
804034f0:	c256                	sw	s5,4(sp)
804034f2:	ee1ff0ef          	jal	804033d2 <disk_command>
804034f6:	040a0a63          	beqz	s4,8040354a <disk_write+0x74>
804034fa:	804277b7          	lui	a5,0x80427
804034fe:	0647a903          	lw	s2,100(a5) # 80427064 <disk_base>
80403502:	20048493          	add	s1,s1,512
80403506:	4981                	li	s3,0
80403508:	80405ab7          	lui	s5,0x80405
8040350c:	5e0a8593          	add	a1,s5,1504 # 804055e0 <names.0+0xc0>
80403510:	4521                	li	a0,8
80403512:	e0048413          	add	s0,s1,-512
80403516:	e89ff0ef          	jal	8040339e <disk_wait>
8040351a:	401c                	lw	a5,0(s0)
8040351c:	0411                	add	s0,s0,4
8040351e:	00f92023          	sw	a5,0(s2)
80403522:	fe941ce3          	bne	s0,s1,8040351a <disk_write+0x44>
80403526:	0985                	add	s3,s3,1
80403528:	20048493          	add	s1,s1,512
8040352c:	ff3a10e3          	bne	s4,s3,8040350c <disk_write+0x36>
80403530:	4462                	lw	s0,24(sp)
80403532:	40f2                	lw	ra,28(sp)
80403534:	44d2                	lw	s1,20(sp)
80403536:	4942                	lw	s2,16(sp)
80403538:	49b2                	lw	s3,12(sp)
8040353a:	4a22                	lw	s4,8(sp)
8040353c:	5e0a8593          	add	a1,s5,1504
80403540:	4a92                	lw	s5,4(sp)
80403542:	4501                	li	a0,0
80403544:	6105                	add	sp,sp,32
80403546:	e59ff06f          	j	8040339e <disk_wait>
8040354a:	80405ab7          	lui	s5,0x80405
8040354e:	b7cd                	j	80403530 <disk_write+0x5a>

80403550 <disk_flush>:
80403550:	804055b7          	lui	a1,0x80405
80403554:	1141                	add	sp,sp,-16
80403556:	5d058593          	add	a1,a1,1488 # 804055d0 <names.0+0xb0>
8040355a:	04000513          	li	a0,64
8040355e:	c606                	sw	ra,12(sp)
80403560:	e3fff0ef          	jal	8040339e <disk_wait>
80403564:	804277b7          	lui	a5,0x80427
80403568:	0647a783          	lw	a5,100(a5) # 80427064 <disk_base>
8040356c:	40b2                	lw	ra,12(sp)
8040356e:	0e700713          	li	a4,231
80403572:	c7d8                	sw	a4,12(a5)
80403574:	804055b7          	lui	a1,0x80405
80403578:	5e858593          	add	a1,a1,1512 # 804055e8 <names.0+0xc8>
8040357c:	4501                	li	a0,0
8040357e:	0141                	add	sp,sp,16
80403580:	e1fff06f          	j	8040339e <disk_wait>

80403584 <strlist_has>:
80403584:	1101                	add	sp,sp,-32
80403586:	c84a                	sw	s2,16(sp)
80403588:	892a                	mv	s2,a0
8040358a:	8532                	mv	a0,a2
8040358c:	ca26                	sw	s1,20(sp)
8040358e:	c64e                	sw	s3,12(sp)
80403590:	c452                	sw	s4,8(sp)
80403592:	ce06                	sw	ra,28(sp)
80403594:	cc22                	sw	s0,24(sp)
80403596:	8a32                	mv	s4,a2
80403598:	84ae                	mv	s1,a1
8040359a:	f6ffe0ef          	jal	80402508 <strlen>
8040359e:	89aa                	mv	s3,a0
804035a0:	4501                	li	a0,0
804035a2:	c09d                	beqz	s1,804035c8 <strlist_has+0x44>
804035a4:	842a                	mv	s0,a0
804035a6:	a021                	j	804035ae <strlist_has+0x2a>
804035a8:	0405                	add	s0,s0,1
804035aa:	02848863          	beq	s1,s0,804035da <strlist_has+0x56>
804035ae:	008907b3          	add	a5,s2,s0
804035b2:	0007c783          	lbu	a5,0(a5)
804035b6:	fbed                	bnez	a5,804035a8 <strlist_has+0x24>
804035b8:	40a40633          	sub	a2,s0,a0
804035bc:	03360363          	beq	a2,s3,804035e2 <strlist_has+0x5e>
804035c0:	00140513          	add	a0,s0,1
804035c4:	fe9560e3          	bltu	a0,s1,804035a4 <strlist_has+0x20>
804035c8:	40f2                	lw	ra,28(sp)
804035ca:	4462                	lw	s0,24(sp)
804035cc:	44d2                	lw	s1,20(sp)
804035ce:	4942                	lw	s2,16(sp)
804035d0:	49b2                	lw	s3,12(sp)
804035d2:	4a22                	lw	s4,8(sp)
804035d4:	4501                	li	a0,0
804035d6:	6105                	add	sp,sp,32
804035d8:	8082                	ret
804035da:	40a48633          	sub	a2,s1,a0
804035de:	ff3611e3          	bne	a2,s3,804035c0 <strlist_has+0x3c>
804035e2:	85d2                	mv	a1,s4
804035e4:	954a                	add	a0,a0,s2
804035e6:	efffe0ef          	jal	804024e4 <memcmp>
804035ea:	f979                	bnez	a0,804035c0 <strlist_has+0x3c>
804035ec:	40f2                	lw	ra,28(sp)
804035ee:	4462                	lw	s0,24(sp)
804035f0:	44d2                	lw	s1,20(sp)
804035f2:	4942                	lw	s2,16(sp)
804035f4:	49b2                	lw	s3,12(sp)
804035f6:	4a22                	lw	s4,8(sp)
804035f8:	4505                	li	a0,1
804035fa:	6105                	add	sp,sp,32
804035fc:	8082                	ret

804035fe <node_reg.isra.0>:
804035fe:	00c52303          	lw	t1,12(a0)
80403602:	87aa                	mv	a5,a0
80403604:	08030a63          	beqz	t1,80403698 <node_reg.isra.0+0x9a>
80403608:	fff58813          	add	a6,a1,-1
8040360c:	4885                	li	a7,1
8040360e:	4501                	li	a0,0
80403610:	0908e563          	bltu	a7,a6,8040369a <node_reg.isra.0+0x9c>
80403614:	4809                	li	a6,2
80403616:	08c86263          	bltu	a6,a2,8040369a <node_reg.isra.0+0x9c>
8040361a:	4b9c                	lw	a5,16(a5)
8040361c:	00c58f33          	add	t5,a1,a2
80403620:	0f0a                	sll	t5,t5,0x2
80403622:	07e7ec63          	bltu	a5,t5,8040369a <node_reg.isra.0+0x9c>
80403626:	00259793          	sll	a5,a1,0x2
8040362a:	979a                	add	a5,a5,t1
8040362c:	851a                	mv	a0,t1
8040362e:	4e01                	li	t3,0
80403630:	00054583          	lbu	a1,0(a0)
80403634:	00154883          	lbu	a7,1(a0)
80403638:	00354e83          	lbu	t4,3(a0)
8040363c:	00254803          	lbu	a6,2(a0)
80403640:	08c2                	sll	a7,a7,0x10
80403642:	05e2                	sll	a1,a1,0x18
80403644:	0115e5b3          	or	a1,a1,a7
80403648:	01d5e5b3          	or	a1,a1,t4
8040364c:	0822                	sll	a6,a6,0x8
8040364e:	0511                	add	a0,a0,4
80403650:	88f2                	mv	a7,t3
80403652:	0105ee33          	or	t3,a1,a6
80403656:	fca79de3          	bne	a5,a0,80403630 <node_reg.isra.0+0x32>
8040365a:	01c6a023          	sw	t3,0(a3)
8040365e:	0116a223          	sw	a7,4(a3)
80403662:	ce0d                	beqz	a2,8040369c <node_reg.isra.0+0x9e>
80403664:	937a                	add	t1,t1,t5
80403666:	4501                	li	a0,0
80403668:	0007c683          	lbu	a3,0(a5)
8040366c:	0017c583          	lbu	a1,1(a5)
80403670:	0037c803          	lbu	a6,3(a5)
80403674:	0027c603          	lbu	a2,2(a5)
80403678:	05c2                	sll	a1,a1,0x10
8040367a:	06e2                	sll	a3,a3,0x18
8040367c:	8ecd                	or	a3,a3,a1
8040367e:	0106e6b3          	or	a3,a3,a6
80403682:	0622                	sll	a2,a2,0x8
80403684:	0791                	add	a5,a5,4
80403686:	85aa                	mv	a1,a0
80403688:	00c6e533          	or	a0,a3,a2
8040368c:	fcf31ee3          	bne	t1,a5,80403668 <node_reg.isra.0+0x6a>
80403690:	c308                	sw	a0,0(a4)
80403692:	c34c                	sw	a1,4(a4)
80403694:	4505                	li	a0,1
80403696:	8082                	ret
80403698:	4501                	li	a0,0
8040369a:	8082                	ret
8040369c:	4501                	li	a0,0
8040369e:	4581                	li	a1,0
804036a0:	bfc5                	j	80403690 <node_reg.isra.0+0x92>

804036a2 <fdt_walk>:
804036a2:	dd010113          	add	sp,sp,-560
804036a6:	21312e23          	sw	s3,540(sp)
804036aa:	21712623          	sw	s7,524(sp)
804036ae:	89ae                	mv	s3,a1
804036b0:	8baa                	mv	s7,a0
804036b2:	4671                	li	a2,28
804036b4:	4581                	li	a1,0
804036b6:	0848                	add	a0,sp,20
804036b8:	21912223          	sw	s9,516(sp)
804036bc:	1fb12e23          	sw	s11,508(sp)
804036c0:	22112623          	sw	ra,556(sp)
804036c4:	22812423          	sw	s0,552(sp)
804036c8:	22912223          	sw	s1,548(sp)
804036cc:	23212023          	sw	s2,544(sp)
804036d0:	21412c23          	sw	s4,536(sp)
804036d4:	21512a23          	sw	s5,532(sp)
804036d8:	21612823          	sw	s6,528(sp)
804036dc:	21812423          	sw	s8,520(sp)
804036e0:	21a12023          	sw	s10,512(sp)
804036e4:	d83fe0ef          	jal	80402466 <memset>
804036e8:	004bac83          	lw	s9,4(s7) # 1004 <_entry-0x803feffc>
804036ec:	4789                	li	a5,2
804036ee:	008ba683          	lw	a3,8(s7)
804036f2:	cc3e                	sw	a5,24(sp)
804036f4:	4785                	li	a5,1
804036f6:	ce3e                	sw	a5,28(sp)
804036f8:	004c8d93          	add	s11,s9,4
804036fc:	49b6e063          	bltu	a3,s11,80403b7c <fdt_walk+0x4da>
80403700:	4c01                	li	s8,0
80403702:	4485                	li	s1,1
80403704:	490d                	li	s2,3
80403706:	80405a37          	lui	s4,0x80405
8040370a:	80405b37          	lui	s6,0x80405
8040370e:	a00d                	j	80403730 <fdt_walk+0x8e>
80403710:	0d258663          	beq	a1,s2,804037dc <fdt_walk+0x13a>
80403714:	4789                	li	a5,2
80403716:	0cf58b63          	beq	a1,a5,804037ec <fdt_walk+0x14a>
8040371a:	47a5                	li	a5,9
8040371c:	2ef58163          	beq	a1,a5,804039fe <fdt_walk+0x35c>
80403720:	4791                	li	a5,4
80403722:	0af59f63          	bne	a1,a5,804037e0 <fdt_walk+0x13e>
80403726:	8cee                	mv	s9,s11
80403728:	004c8d93          	add	s11,s9,4
8040372c:	45b6e863          	bltu	a3,s11,80403b7c <fdt_walk+0x4da>
80403730:	000ba703          	lw	a4,0(s7)
80403734:	019707b3          	add	a5,a4,s9
80403738:	0007c583          	lbu	a1,0(a5)
8040373c:	0017c603          	lbu	a2,1(a5)
80403740:	0037c503          	lbu	a0,3(a5)
80403744:	0027c783          	lbu	a5,2(a5)
80403748:	05e2                	sll	a1,a1,0x18
8040374a:	0642                	sll	a2,a2,0x10
8040374c:	8dd1                	or	a1,a1,a2
8040374e:	8dc9                	or	a1,a1,a0
80403750:	07a2                	sll	a5,a5,0x8
80403752:	8ddd                	or	a1,a1,a5
80403754:	fa959ee3          	bne	a1,s1,80403710 <fdt_walk+0x6e>
80403758:	0c05                	add	s8,s8,1
8040375a:	47c1                	li	a5,16
8040375c:	4387cc63          	blt	a5,s8,80403b94 <fdt_walk+0x4f2>
80403760:	3eddfd63          	bgeu	s11,a3,80403b5a <fdt_walk+0x4b8>
80403764:	846e                	mv	s0,s11
80403766:	a021                	j	8040376e <fdt_walk+0xcc>
80403768:	0405                	add	s0,s0,1
8040376a:	3ed47863          	bgeu	s0,a3,80403b5a <fdt_walk+0x4b8>
8040376e:	008707b3          	add	a5,a4,s0
80403772:	0007c783          	lbu	a5,0(a5)
80403776:	fbed                	bnez	a5,80403768 <fdt_walk+0xc6>
80403778:	003c1a93          	sll	s5,s8,0x3
8040377c:	418a8733          	sub	a4,s5,s8
80403780:	00271c93          	sll	s9,a4,0x2
80403784:	085c                	add	a5,sp,20
80403786:	01978533          	add	a0,a5,s9
8040378a:	4671                	li	a2,28
8040378c:	4581                	li	a1,0
8040378e:	cd9fe0ef          	jal	80402466 <memset>
80403792:	000ba503          	lw	a0,0(s7)
80403796:	1f0c8793          	add	a5,s9,496
8040379a:	00278733          	add	a4,a5,sp
8040379e:	4689                	li	a3,2
804037a0:	956e                	add	a0,a0,s11
804037a2:	4d11                	li	s10,4
804037a4:	e2a72223          	sw	a0,-476(a4) # 803ffe24 <_entry-0x1dc>
804037a8:	e2d72423          	sw	a3,-472(a4)
804037ac:	e2972623          	sw	s1,-468(a4)
804037b0:	41bd0d33          	sub	s10,s10,s11
804037b4:	16dc0863          	beq	s8,a3,80403924 <fdt_walk+0x282>
804037b8:	4701                	li	a4,0
804037ba:	418a87b3          	sub	a5,s5,s8
804037be:	078a                	sll	a5,a5,0x2
804037c0:	008d0333          	add	t1,s10,s0
804037c4:	1f078793          	add	a5,a5,496
804037c8:	978a                	add	a5,a5,sp
804037ca:	ffc37313          	and	t1,t1,-4
804037ce:	008ba683          	lw	a3,8(s7)
804037d2:	e2e7ae23          	sw	a4,-452(a5)
804037d6:	01b30cb3          	add	s9,t1,s11
804037da:	b7b9                	j	80403728 <fdt_walk+0x86>
804037dc:	060c1563          	bnez	s8,80403846 <fdt_walk+0x1a4>
804037e0:	80405537          	lui	a0,0x80405
804037e4:	70450513          	add	a0,a0,1796 # 80405704 <names.0+0x1e4>
804037e8:	e46fe0ef          	jal	80401e2e <panic>
804037ec:	fe0c0ae3          	beqz	s8,804037e0 <fdt_walk+0x13e>
804037f0:	003c1a93          	sll	s5,s8,0x3
804037f4:	418a8733          	sub	a4,s5,s8
804037f8:	070a                	sll	a4,a4,0x2
804037fa:	1f070793          	add	a5,a4,496
804037fe:	002786b3          	add	a3,a5,sp
80403802:	e3c6a683          	lw	a3,-452(a3)
80403806:	085c                	add	a5,sp,20
80403808:	fe470613          	add	a2,a4,-28
8040380c:	00e78433          	add	s0,a5,a4
80403810:	fffc0d13          	add	s10,s8,-1
80403814:	00c78cb3          	add	s9,a5,a2
80403818:	c689                	beqz	a3,80403822 <fdt_walk+0x180>
8040381a:	0049a703          	lw	a4,4(s3)
8040381e:	24070b63          	beqz	a4,80403a74 <fdt_walk+0x3d2>
80403822:	418a87b3          	sub	a5,s5,s8
80403826:	078a                	sll	a5,a5,0x2
80403828:	1f078793          	add	a5,a5,496
8040382c:	978a                	add	a5,a5,sp
8040382e:	e387a783          	lw	a5,-456(a5)
80403832:	c789                	beqz	a5,8040383c <fdt_walk+0x19a>
80403834:	2089a783          	lw	a5,520(s3)
80403838:	20078063          	beqz	a5,80403a38 <fdt_walk+0x396>
8040383c:	008ba683          	lw	a3,8(s7)
80403840:	8cee                	mv	s9,s11
80403842:	8c6a                	mv	s8,s10
80403844:	b5d5                	j	80403728 <fdt_walk+0x86>
80403846:	00cc8e13          	add	t3,s9,12
8040384a:	33c6ef63          	bltu	a3,t3,80403b88 <fdt_walk+0x4e6>
8040384e:	01b70633          	add	a2,a4,s11
80403852:	008c8793          	add	a5,s9,8
80403856:	97ba                	add	a5,a5,a4
80403858:	00064d83          	lbu	s11,0(a2)
8040385c:	00164f03          	lbu	t5,1(a2)
80403860:	0007cd03          	lbu	s10,0(a5)
80403864:	0017c583          	lbu	a1,1(a5)
80403868:	00364e83          	lbu	t4,3(a2)
8040386c:	00264603          	lbu	a2,2(a2)
80403870:	0037c503          	lbu	a0,3(a5)
80403874:	0de2                	sll	s11,s11,0x18
80403876:	0027c783          	lbu	a5,2(a5)
8040387a:	0f42                	sll	t5,t5,0x10
8040387c:	01ededb3          	or	s11,s11,t5
80403880:	0d62                	sll	s10,s10,0x18
80403882:	05c2                	sll	a1,a1,0x10
80403884:	01ddedb3          	or	s11,s11,t4
80403888:	0622                	sll	a2,a2,0x8
8040388a:	00bd6d33          	or	s10,s10,a1
8040388e:	00ad6d33          	or	s10,s10,a0
80403892:	07a2                	sll	a5,a5,0x8
80403894:	00cdedb3          	or	s11,s11,a2
80403898:	41c686b3          	sub	a3,a3,t3
8040389c:	00fd6d33          	or	s10,s10,a5
804038a0:	31b6e663          	bltu	a3,s11,80403bac <fdt_walk+0x50a>
804038a4:	010ba603          	lw	a2,16(s7)
804038a8:	30cd7263          	bgeu	s10,a2,80403bac <fdt_walk+0x50a>
804038ac:	00cba783          	lw	a5,12(s7)
804038b0:	9d3e                	add	s10,s10,a5
804038b2:	963e                	add	a2,a2,a5
804038b4:	2acd7363          	bgeu	s10,a2,80403b5a <fdt_walk+0x4b8>
804038b8:	9d3a                	add	s10,s10,a4
804038ba:	87ea                	mv	a5,s10
804038bc:	963a                	add	a2,a2,a4
804038be:	a021                	j	804038c6 <fdt_walk+0x224>
804038c0:	0785                	add	a5,a5,1
804038c2:	28c78c63          	beq	a5,a2,80403b5a <fdt_walk+0x4b8>
804038c6:	0007c683          	lbu	a3,0(a5)
804038ca:	fafd                	bnez	a3,804038c0 <fdt_walk+0x21e>
804038cc:	688a0593          	add	a1,s4,1672 # 80405688 <names.0+0x168>
804038d0:	856a                	mv	a0,s10
804038d2:	01c70433          	add	s0,a4,t3
804038d6:	c7bfe0ef          	jal	80402550 <strcmp>
804038da:	e92d                	bnez	a0,8040394c <fdt_walk+0x2aa>
804038dc:	4791                	li	a5,4
804038de:	0afd8963          	beq	s11,a5,80403990 <fdt_walk+0x2ee>
804038e2:	698b0593          	add	a1,s6,1688 # 80405698 <names.0+0x178>
804038e6:	856a                	mv	a0,s10
804038e8:	c69fe0ef          	jal	80402550 <strcmp>
804038ec:	804057b7          	lui	a5,0x80405
804038f0:	70078593          	add	a1,a5,1792 # 80405700 <names.0+0x1e0>
804038f4:	856a                	mv	a0,s10
804038f6:	c5bfe0ef          	jal	80402550 <strcmp>
804038fa:	e561                	bnez	a0,804039c2 <fdt_walk+0x320>
804038fc:	003c1793          	sll	a5,s8,0x3
80403900:	418787b3          	sub	a5,a5,s8
80403904:	078a                	sll	a5,a5,0x2
80403906:	1f078793          	add	a5,a5,496
8040390a:	978a                	add	a5,a5,sp
8040390c:	e287a823          	sw	s0,-464(a5)
80403910:	e3b7aa23          	sw	s11,-460(a5)
80403914:	00fc8313          	add	t1,s9,15
80403918:	936e                	add	t1,t1,s11
8040391a:	008ba683          	lw	a3,8(s7)
8040391e:	ffc37c93          	and	s9,t1,-4
80403922:	b519                	j	80403728 <fdt_walk+0x86>
80403924:	804057b7          	lui	a5,0x80405
80403928:	63478593          	add	a1,a5,1588 # 80405634 <names.0+0x114>
8040392c:	c25fe0ef          	jal	80402550 <strcmp>
80403930:	4705                	li	a4,1
80403932:	e80504e3          	beqz	a0,804037ba <fdt_walk+0x118>
80403936:	4536                	lw	a0,76(sp)
80403938:	804057b7          	lui	a5,0x80405
8040393c:	461d                	li	a2,7
8040393e:	63c78593          	add	a1,a5,1596 # 8040563c <names.0+0x11c>
80403942:	be1fe0ef          	jal	80402522 <strncmp>
80403946:	00153713          	seqz	a4,a0
8040394a:	bd85                	j	804037ba <fdt_walk+0x118>
8040394c:	698b0593          	add	a1,s6,1688
80403950:	856a                	mv	a0,s10
80403952:	bfffe0ef          	jal	80402550 <strcmp>
80403956:	f959                	bnez	a0,804038ec <fdt_walk+0x24a>
80403958:	4791                	li	a5,4
8040395a:	f8fd99e3          	bne	s11,a5,804038ec <fdt_walk+0x24a>
8040395e:	00044703          	lbu	a4,0(s0)
80403962:	00144603          	lbu	a2,1(s0)
80403966:	00344583          	lbu	a1,3(s0)
8040396a:	00244683          	lbu	a3,2(s0)
8040396e:	003c1793          	sll	a5,s8,0x3
80403972:	0762                	sll	a4,a4,0x18
80403974:	0642                	sll	a2,a2,0x10
80403976:	418787b3          	sub	a5,a5,s8
8040397a:	8f51                	or	a4,a4,a2
8040397c:	078a                	sll	a5,a5,0x2
8040397e:	8f4d                	or	a4,a4,a1
80403980:	06a2                	sll	a3,a3,0x8
80403982:	1f078793          	add	a5,a5,496
80403986:	978a                	add	a5,a5,sp
80403988:	8f55                	or	a4,a4,a3
8040398a:	e2e7a623          	sw	a4,-468(a5)
8040398e:	b759                	j	80403914 <fdt_walk+0x272>
80403990:	00044703          	lbu	a4,0(s0)
80403994:	00144603          	lbu	a2,1(s0)
80403998:	00344583          	lbu	a1,3(s0)
8040399c:	00244683          	lbu	a3,2(s0)
804039a0:	003c1793          	sll	a5,s8,0x3
804039a4:	0762                	sll	a4,a4,0x18
804039a6:	0642                	sll	a2,a2,0x10
804039a8:	418787b3          	sub	a5,a5,s8
804039ac:	8f51                	or	a4,a4,a2
804039ae:	078a                	sll	a5,a5,0x2
804039b0:	8f4d                	or	a4,a4,a1
804039b2:	06a2                	sll	a3,a3,0x8
804039b4:	1f078793          	add	a5,a5,496
804039b8:	978a                	add	a5,a5,sp
804039ba:	8f55                	or	a4,a4,a3
804039bc:	e2e7a423          	sw	a4,-472(a5)
804039c0:	bf91                	j	80403914 <fdt_walk+0x272>
804039c2:	804057b7          	lui	a5,0x80405
804039c6:	6a478593          	add	a1,a5,1700 # 804056a4 <names.0+0x184>
804039ca:	856a                	mv	a0,s10
804039cc:	b85fe0ef          	jal	80402550 <strcmp>
804039d0:	e57d                	bnez	a0,80403abe <fdt_walk+0x41c>
804039d2:	80405637          	lui	a2,0x80405
804039d6:	6b060613          	add	a2,a2,1712 # 804056b0 <names.0+0x190>
804039da:	85ee                	mv	a1,s11
804039dc:	8522                	mv	a0,s0
804039de:	ba7ff0ef          	jal	80403584 <strlist_has>
804039e2:	003c1793          	sll	a5,s8,0x3
804039e6:	418787b3          	sub	a5,a5,s8
804039ea:	078a                	sll	a5,a5,0x2
804039ec:	1f078793          	add	a5,a5,496
804039f0:	978a                	add	a5,a5,sp
804039f2:	e387a703          	lw	a4,-456(a5)
804039f6:	8f49                	or	a4,a4,a0
804039f8:	e2e7ac23          	sw	a4,-456(a5)
804039fc:	bf21                	j	80403914 <fdt_walk+0x272>
804039fe:	22c12083          	lw	ra,556(sp)
80403a02:	22812403          	lw	s0,552(sp)
80403a06:	22412483          	lw	s1,548(sp)
80403a0a:	22012903          	lw	s2,544(sp)
80403a0e:	21c12983          	lw	s3,540(sp)
80403a12:	21812a03          	lw	s4,536(sp)
80403a16:	21412a83          	lw	s5,532(sp)
80403a1a:	21012b03          	lw	s6,528(sp)
80403a1e:	20c12b83          	lw	s7,524(sp)
80403a22:	20812c03          	lw	s8,520(sp)
80403a26:	20412c83          	lw	s9,516(sp)
80403a2a:	20012d03          	lw	s10,512(sp)
80403a2e:	1fc12d83          	lw	s11,508(sp)
80403a32:	23010113          	add	sp,sp,560
80403a36:	8082                	ret
80403a38:	008ca603          	lw	a2,8(s9)
80403a3c:	004ca583          	lw	a1,4(s9)
80403a40:	0038                	add	a4,sp,8
80403a42:	868a                	mv	a3,sp
80403a44:	8522                	mv	a0,s0
80403a46:	bb9ff0ef          	jal	804035fe <node_reg.isra.0>
80403a4a:	de0509e3          	beqz	a0,8040383c <fdt_walk+0x19a>
80403a4e:	4712                	lw	a4,4(sp)
80403a50:	4782                	lw	a5,0(sp)
80403a52:	de0715e3          	bnez	a4,8040383c <fdt_walk+0x19a>
80403a56:	777d                	lui	a4,0xfffff
80403a58:	dee7f2e3          	bgeu	a5,a4,8040383c <fdt_walk+0x19a>
80403a5c:	4732                	lw	a4,12(sp)
80403a5e:	e709                	bnez	a4,80403a68 <fdt_walk+0x3c6>
80403a60:	46a2                	lw	a3,8(sp)
80403a62:	6705                	lui	a4,0x1
80403a64:	dce6ece3          	bltu	a3,a4,8040383c <fdt_walk+0x19a>
80403a68:	4705                	li	a4,1
80403a6a:	20e9a423          	sw	a4,520(s3)
80403a6e:	20f9a623          	sw	a5,524(s3)
80403a72:	b3e9                	j	8040383c <fdt_walk+0x19a>
80403a74:	008ca603          	lw	a2,8(s9)
80403a78:	004ca583          	lw	a1,4(s9)
80403a7c:	0038                	add	a4,sp,8
80403a7e:	868a                	mv	a3,sp
80403a80:	8522                	mv	a0,s0
80403a82:	b7dff0ef          	jal	804035fe <node_reg.isra.0>
80403a86:	d8050ee3          	beqz	a0,80403822 <fdt_walk+0x180>
80403a8a:	4682                	lw	a3,0(sp)
80403a8c:	4622                	lw	a2,8(sp)
80403a8e:	4e12                	lw	t3,4(sp)
80403a90:	4532                	lw	a0,12(sp)
80403a92:	00c68733          	add	a4,a3,a2
80403a96:	00d735b3          	sltu	a1,a4,a3
80403a9a:	00ae0eb3          	add	t4,t3,a0
80403a9e:	95f6                	add	a1,a1,t4
80403aa0:	100e1063          	bnez	t3,80403ba0 <fdt_walk+0x4fe>
80403aa4:	7e7d                	lui	t3,0xfffff
80403aa6:	0fc6fd63          	bgeu	a3,t3,80403ba0 <fdt_walk+0x4fe>
80403aaa:	8e49                	or	a2,a2,a0
80403aac:	0e060a63          	beqz	a2,80403ba0 <fdt_walk+0x4fe>
80403ab0:	00d9a023          	sw	a3,0(s3)
80403ab4:	cd9d                	beqz	a1,80403af2 <fdt_walk+0x450>
80403ab6:	777d                	lui	a4,0xfffff
80403ab8:	00e9a223          	sw	a4,4(s3)
80403abc:	b39d                	j	80403822 <fdt_walk+0x180>
80403abe:	804055b7          	lui	a1,0x80405
80403ac2:	6c458593          	add	a1,a1,1732 # 804056c4 <names.0+0x1a4>
80403ac6:	856a                	mv	a0,s10
80403ac8:	a89fe0ef          	jal	80402550 <strcmp>
80403acc:	872a                	mv	a4,a0
80403ace:	e51d                	bnez	a0,80403afc <fdt_walk+0x45a>
80403ad0:	4789                	li	a5,2
80403ad2:	08fc0a63          	beq	s8,a5,80403b66 <fdt_walk+0x4c4>
80403ad6:	003c1793          	sll	a5,s8,0x3
80403ada:	418787b3          	sub	a5,a5,s8
80403ade:	078a                	sll	a5,a5,0x2
80403ae0:	1f078793          	add	a5,a5,496
80403ae4:	978a                	add	a5,a5,sp
80403ae6:	e3c7a683          	lw	a3,-452(a5)
80403aea:	8f55                	or	a4,a4,a3
80403aec:	e2e7ae23          	sw	a4,-452(a5)
80403af0:	b515                	j	80403914 <fdt_walk+0x272>
80403af2:	76fd                	lui	a3,0xfffff
80403af4:	fce6f2e3          	bgeu	a3,a4,80403ab8 <fdt_walk+0x416>
80403af8:	777d                	lui	a4,0xfffff
80403afa:	bf7d                	j	80403ab8 <fdt_walk+0x416>
80403afc:	804055b7          	lui	a1,0x80405
80403b00:	6d058593          	add	a1,a1,1744 # 804056d0 <names.0+0x1b0>
80403b04:	856a                	mv	a0,s10
80403b06:	a4bfe0ef          	jal	80402550 <strcmp>
80403b0a:	e00515e3          	bnez	a0,80403914 <fdt_walk+0x272>
80403b0e:	4789                	li	a5,2
80403b10:	e0fc12e3          	bne	s8,a5,80403914 <fdt_walk+0x272>
80403b14:	4536                	lw	a0,76(sp)
80403b16:	804055b7          	lui	a1,0x80405
80403b1a:	6dc58593          	add	a1,a1,1756 # 804056dc <names.0+0x1bc>
80403b1e:	a33fe0ef          	jal	80402550 <strcmp>
80403b22:	de0519e3          	bnez	a0,80403914 <fdt_walk+0x272>
80403b26:	4d01                	li	s10,0
80403b28:	1ff00793          	li	a5,511
80403b2c:	000d9863          	bnez	s11,80403b3c <fdt_walk+0x49a>
80403b30:	a819                	j	80403b46 <fdt_walk+0x4a4>
80403b32:	0d05                	add	s10,s10,1
80403b34:	01ad8963          	beq	s11,s10,80403b46 <fdt_walk+0x4a4>
80403b38:	00fd0763          	beq	s10,a5,80403b46 <fdt_walk+0x4a4>
80403b3c:	01a40733          	add	a4,s0,s10
80403b40:	00074703          	lbu	a4,0(a4) # fffff000 <kernel_end+0x7fb00000>
80403b44:	f77d                	bnez	a4,80403b32 <fdt_walk+0x490>
80403b46:	866a                	mv	a2,s10
80403b48:	85a2                	mv	a1,s0
80403b4a:	00898513          	add	a0,s3,8
80403b4e:	9d4e                	add	s10,s10,s3
80403b50:	959fe0ef          	jal	804024a8 <memcpy>
80403b54:	000d0423          	sb	zero,8(s10)
80403b58:	bb75                	j	80403914 <fdt_walk+0x272>
80403b5a:	80405537          	lui	a0,0x80405
80403b5e:	61450513          	add	a0,a0,1556 # 80405614 <names.0+0xf4>
80403b62:	accfe0ef          	jal	80401e2e <panic>
80403b66:	80405637          	lui	a2,0x80405
80403b6a:	63460613          	add	a2,a2,1588 # 80405634 <names.0+0x114>
80403b6e:	85ee                	mv	a1,s11
80403b70:	8522                	mv	a0,s0
80403b72:	a13ff0ef          	jal	80403584 <strlist_has>
80403b76:	00a03733          	snez	a4,a0
80403b7a:	bfb1                	j	80403ad6 <fdt_walk+0x434>
80403b7c:	80405537          	lui	a0,0x80405
80403b80:	71c50513          	add	a0,a0,1820 # 8040571c <names.0+0x1fc>
80403b84:	aaafe0ef          	jal	80401e2e <panic>
80403b88:	80405537          	lui	a0,0x80405
80403b8c:	64450513          	add	a0,a0,1604 # 80405644 <names.0+0x124>
80403b90:	a9efe0ef          	jal	80401e2e <panic>
80403b94:	80405537          	lui	a0,0x80405
80403b98:	5f050513          	add	a0,a0,1520 # 804055f0 <names.0+0xd0>
80403b9c:	a92fe0ef          	jal	80401e2e <panic>
80403ba0:	80405537          	lui	a0,0x80405
80403ba4:	6e450513          	add	a0,a0,1764 # 804056e4 <names.0+0x1c4>
80403ba8:	a86fe0ef          	jal	80401e2e <panic>
80403bac:	80405537          	lui	a0,0x80405
80403bb0:	66450513          	add	a0,a0,1636 # 80405664 <names.0+0x144>
80403bb4:	a7afe0ef          	jal	80401e2e <panic>

80403bb8 <fdt_parse>:
80403bb8:	7139                	add	sp,sp,-64
80403bba:	da26                	sw	s1,52(sp)
80403bbc:	84ae                	mv	s1,a1
80403bbe:	dc22                	sw	s0,56(sp)
80403bc0:	21000613          	li	a2,528
80403bc4:	842a                	mv	s0,a0
80403bc6:	4581                	li	a1,0
80403bc8:	8526                	mv	a0,s1
80403bca:	de06                	sw	ra,60(sp)
80403bcc:	d84a                	sw	s2,48(sp)
80403bce:	d64e                	sw	s3,44(sp)
80403bd0:	d452                	sw	s4,40(sp)
80403bd2:	d256                	sw	s5,36(sp)
80403bd4:	893fe0ef          	jal	80402466 <memset>
80403bd8:	12040c63          	beqz	s0,80403d10 <fdt_parse+0x158>
80403bdc:	00347793          	and	a5,s0,3
80403be0:	12079863          	bnez	a5,80403d10 <fdt_parse+0x158>
80403be4:	00044783          	lbu	a5,0(s0)
80403be8:	00144683          	lbu	a3,1(s0)
80403bec:	00344603          	lbu	a2,3(s0)
80403bf0:	00244703          	lbu	a4,2(s0)
80403bf4:	07e2                	sll	a5,a5,0x18
80403bf6:	06c2                	sll	a3,a3,0x10
80403bf8:	8fd5                	or	a5,a5,a3
80403bfa:	0722                	sll	a4,a4,0x8
80403bfc:	8fd1                	or	a5,a5,a2
80403bfe:	8fd9                	or	a5,a5,a4
80403c00:	d00e0737          	lui	a4,0xd00e0
80403c04:	eed70713          	add	a4,a4,-275 # d00dfeed <kernel_end+0x4fbe0eed>
80403c08:	10e79463          	bne	a5,a4,80403d10 <fdt_parse+0x158>
80403c0c:	00444583          	lbu	a1,4(s0)
80403c10:	00544903          	lbu	s2,5(s0)
80403c14:	00844703          	lbu	a4,8(s0)
80403c18:	00944a83          	lbu	s5,9(s0)
80403c1c:	00c44603          	lbu	a2,12(s0)
80403c20:	00d44283          	lbu	t0,13(s0)
80403c24:	02044683          	lbu	a3,32(s0)
80403c28:	02144f03          	lbu	t5,33(s0)
80403c2c:	02444783          	lbu	a5,36(s0)
80403c30:	02544e83          	lbu	t4,37(s0)
80403c34:	00744a03          	lbu	s4,7(s0)
80403c38:	00644e03          	lbu	t3,6(s0)
80403c3c:	0942                	sll	s2,s2,0x10
80403c3e:	00b44983          	lbu	s3,11(s0)
80403c42:	00a44303          	lbu	t1,10(s0)
80403c46:	00f44083          	lbu	ra,15(s0)
80403c4a:	00e44883          	lbu	a7,14(s0)
80403c4e:	02344383          	lbu	t2,35(s0)
80403c52:	02244803          	lbu	a6,34(s0)
80403c56:	02744f83          	lbu	t6,39(s0)
80403c5a:	02644503          	lbu	a0,38(s0)
80403c5e:	05e2                	sll	a1,a1,0x18
80403c60:	0125e5b3          	or	a1,a1,s2
80403c64:	0762                	sll	a4,a4,0x18
80403c66:	010a9913          	sll	s2,s5,0x10
80403c6a:	0662                	sll	a2,a2,0x18
80403c6c:	02c2                	sll	t0,t0,0x10
80403c6e:	06e2                	sll	a3,a3,0x18
80403c70:	0f42                	sll	t5,t5,0x10
80403c72:	07e2                	sll	a5,a5,0x18
80403c74:	0ec2                	sll	t4,t4,0x10
80403c76:	0e22                	sll	t3,t3,0x8
80403c78:	0145e5b3          	or	a1,a1,s4
80403c7c:	01276733          	or	a4,a4,s2
80403c80:	00566633          	or	a2,a2,t0
80403c84:	01e6e6b3          	or	a3,a3,t5
80403c88:	01d7e7b3          	or	a5,a5,t4
80403c8c:	01376733          	or	a4,a4,s3
80403c90:	0322                	sll	t1,t1,0x8
80403c92:	00166633          	or	a2,a2,ra
80403c96:	08a2                	sll	a7,a7,0x8
80403c98:	0076e6b3          	or	a3,a3,t2
80403c9c:	0822                	sll	a6,a6,0x8
80403c9e:	01f7e7b3          	or	a5,a5,t6
80403ca2:	0522                	sll	a0,a0,0x8
80403ca4:	01c5e5b3          	or	a1,a1,t3
80403ca8:	01000e37          	lui	t3,0x1000
80403cac:	00676733          	or	a4,a4,t1
80403cb0:	01166633          	or	a2,a2,a7
80403cb4:	0106e6b3          	or	a3,a3,a6
80403cb8:	8fc9                	or	a5,a5,a0
80403cba:	04be6563          	bltu	t3,a1,80403d04 <fdt_parse+0x14c>
80403cbe:	04e5e363          	bltu	a1,a4,80403d04 <fdt_parse+0x14c>
80403cc2:	40e58533          	sub	a0,a1,a4
80403cc6:	02f56f63          	bltu	a0,a5,80403d04 <fdt_parse+0x14c>
80403cca:	02c5ed63          	bltu	a1,a2,80403d04 <fdt_parse+0x14c>
80403cce:	8d91                	sub	a1,a1,a2
80403cd0:	02d5ea63          	bltu	a1,a3,80403d04 <fdt_parse+0x14c>
80403cd4:	00377593          	and	a1,a4,3
80403cd8:	e595                	bnez	a1,80403d04 <fdt_parse+0x14c>
80403cda:	97ba                	add	a5,a5,a4
80403cdc:	85a6                	mv	a1,s1
80403cde:	0068                	add	a0,sp,12
80403ce0:	ca3e                	sw	a5,20(sp)
80403ce2:	c622                	sw	s0,12(sp)
80403ce4:	c83a                	sw	a4,16(sp)
80403ce6:	cc32                	sw	a2,24(sp)
80403ce8:	ce36                	sw	a3,28(sp)
80403cea:	9b9ff0ef          	jal	804036a2 <fdt_walk>
80403cee:	40dc                	lw	a5,4(s1)
80403cf0:	c79d                	beqz	a5,80403d1e <fdt_parse+0x166>
80403cf2:	50f2                	lw	ra,60(sp)
80403cf4:	5462                	lw	s0,56(sp)
80403cf6:	54d2                	lw	s1,52(sp)
80403cf8:	5942                	lw	s2,48(sp)
80403cfa:	59b2                	lw	s3,44(sp)
80403cfc:	5a22                	lw	s4,40(sp)
80403cfe:	5a92                	lw	s5,36(sp)
80403d00:	6121                	add	sp,sp,64
80403d02:	8082                	ret
80403d04:	80405537          	lui	a0,0x80405
80403d08:	75850513          	add	a0,a0,1880 # 80405758 <names.0+0x238>
80403d0c:	922fe0ef          	jal	80401e2e <panic>
80403d10:	80405537          	lui	a0,0x80405
80403d14:	85a2                	mv	a1,s0
80403d16:	73850513          	add	a0,a0,1848 # 80405738 <names.0+0x218>
80403d1a:	914fe0ef          	jal	80401e2e <panic>
80403d1e:	80405537          	lui	a0,0x80405
80403d22:	77450513          	add	a0,a0,1908 # 80405774 <names.0+0x254>
80403d26:	908fe0ef          	jal	80401e2e <panic>

80403d2a <kvm_map>:
80403d2a:	7179                	add	sp,sp,-48
80403d2c:	d226                	sw	s1,36(sp)
80403d2e:	d606                	sw	ra,44(sp)
80403d30:	d422                	sw	s0,40(sp)
80403d32:	d04a                	sw	s2,32(sp)
80403d34:	ce4e                	sw	s3,28(sp)
80403d36:	cc52                	sw	s4,24(sp)
80403d38:	ca56                	sw	s5,20(sp)
80403d3a:	c85a                	sw	s6,16(sp)
80403d3c:	c65e                	sw	s7,12(sp)
80403d3e:	00c504b3          	add	s1,a0,a2
80403d42:	04957763          	bgeu	a0,s1,80403d90 <kvm_map+0x66>
80403d46:	00400ab7          	lui	s5,0x400
80403d4a:	842a                	mv	s0,a0
80403d4c:	8b2e                	mv	s6,a1
80403d4e:	8936                	mv	s2,a3
80403d50:	80427a37          	lui	s4,0x80427
80403d54:	fffa8993          	add	s3,s5,-1 # 3fffff <_entry-0x80000001>
80403d58:	6b85                	lui	s7,0x1
80403d5a:	008b67b3          	or	a5,s6,s0
80403d5e:	0137f7b3          	and	a5,a5,s3
80403d62:	06ca2503          	lw	a0,108(s4) # 8042706c <kernel_pagetable>
80403d66:	c3a1                	beqz	a5,80403da6 <kvm_map+0x7c>
80403d68:	4605                	li	a2,1
80403d6a:	85a2                	mv	a1,s0
80403d6c:	81cff0ef          	jal	80402d88 <pt_walk>
80403d70:	c13d                	beqz	a0,80403dd6 <kvm_map+0xac>
80403d72:	411c                	lw	a5,0(a0)
80403d74:	8b85                	and	a5,a5,1
80403d76:	e3a5                	bnez	a5,80403dd6 <kvm_map+0xac>
80403d78:	00cb5793          	srl	a5,s6,0xc
80403d7c:	07aa                	sll	a5,a5,0xa
80403d7e:	0127e7b3          	or	a5,a5,s2
80403d82:	0c17e793          	or	a5,a5,193
80403d86:	c11c                	sw	a5,0(a0)
80403d88:	945e                	add	s0,s0,s7
80403d8a:	9b5e                	add	s6,s6,s7
80403d8c:	fc9467e3          	bltu	s0,s1,80403d5a <kvm_map+0x30>
80403d90:	50b2                	lw	ra,44(sp)
80403d92:	5422                	lw	s0,40(sp)
80403d94:	5492                	lw	s1,36(sp)
80403d96:	5902                	lw	s2,32(sp)
80403d98:	49f2                	lw	s3,28(sp)
80403d9a:	4a62                	lw	s4,24(sp)
80403d9c:	4ad2                	lw	s5,20(sp)
80403d9e:	4b42                	lw	s6,16(sp)
80403da0:	4bb2                	lw	s7,12(sp)
80403da2:	6145                	add	sp,sp,48
80403da4:	8082                	ret
80403da6:	408487b3          	sub	a5,s1,s0
80403daa:	fb57efe3          	bltu	a5,s5,80403d68 <kvm_map+0x3e>
80403dae:	01645793          	srl	a5,s0,0x16
80403db2:	078a                	sll	a5,a5,0x2
80403db4:	953e                	add	a0,a0,a5
80403db6:	411c                	lw	a5,0(a0)
80403db8:	8b85                	and	a5,a5,1
80403dba:	e78d                	bnez	a5,80403de4 <kvm_map+0xba>
80403dbc:	00cb5793          	srl	a5,s6,0xc
80403dc0:	07aa                	sll	a5,a5,0xa
80403dc2:	0127e7b3          	or	a5,a5,s2
80403dc6:	0c17e793          	or	a5,a5,193
80403dca:	c11c                	sw	a5,0(a0)
80403dcc:	9456                	add	s0,s0,s5
80403dce:	9b56                	add	s6,s6,s5
80403dd0:	f89465e3          	bltu	s0,s1,80403d5a <kvm_map+0x30>
80403dd4:	bf75                	j	80403d90 <kvm_map+0x66>
80403dd6:	80405537          	lui	a0,0x80405
80403dda:	85a2                	mv	a1,s0
80403ddc:	7ac50513          	add	a0,a0,1964 # 804057ac <names.0+0x28c>
80403de0:	84efe0ef          	jal	80401e2e <panic>
80403de4:	80405537          	lui	a0,0x80405
80403de8:	85a2                	mv	a1,s0
80403dea:	79050513          	add	a0,a0,1936 # 80405790 <names.0+0x270>
80403dee:	840fe0ef          	jal	80401e2e <panic>

80403df2 <kvm_init>:
80403df2:	1141                	add	sp,sp,-16
80403df4:	c422                	sw	s0,8(sp)
80403df6:	c226                	sw	s1,4(sp)
80403df8:	c606                	sw	ra,12(sp)
80403dfa:	842a                	mv	s0,a0
80403dfc:	804274b7          	lui	s1,0x80427
80403e00:	a3ffd0ef          	jal	8040183e <kalloc>
80403e04:	06a4a623          	sw	a0,108(s1) # 8042706c <kernel_pagetable>
80403e08:	c551                	beqz	a0,80403e94 <kvm_init+0xa2>
80403e0a:	405c                	lw	a5,4(s0)
80403e0c:	7fc00637          	lui	a2,0x7fc00
80403e10:	46b9                	li	a3,14
80403e12:	963e                	add	a2,a2,a5
80403e14:	804005b7          	lui	a1,0x80400
80403e18:	80400537          	lui	a0,0x80400
80403e1c:	f0fff0ef          	jal	80403d2a <kvm_map>
80403e20:	4699                	li	a3,6
80403e22:	00600637          	lui	a2,0x600
80403e26:	0c0005b7          	lui	a1,0xc000
80403e2a:	0c000537          	lui	a0,0xc000
80403e2e:	efdff0ef          	jal	80403d2a <kvm_map>
80403e32:	4699                	li	a3,6
80403e34:	6605                	lui	a2,0x1
80403e36:	100005b7          	lui	a1,0x10000
80403e3a:	10000537          	lui	a0,0x10000
80403e3e:	eedff0ef          	jal	80403d2a <kvm_map>
80403e42:	20842783          	lw	a5,520(s0)
80403e46:	eb8d                	bnez	a5,80403e78 <kvm_init+0x86>
80403e48:	804276b7          	lui	a3,0x80427
80403e4c:	06c4a783          	lw	a5,108(s1)
80403e50:	0686a703          	lw	a4,104(a3) # 80427068 <active_pagetable>
80403e54:	00e78d63          	beq	a5,a4,80403e6e <kvm_init+0x7c>
80403e58:	00c7d713          	srl	a4,a5,0xc
80403e5c:	80000637          	lui	a2,0x80000
80403e60:	8f51                	or	a4,a4,a2
80403e62:	18071073          	csrw	satp,a4
80403e66:	12000073          	sfence.vma
80403e6a:	06f6a423          	sw	a5,104(a3)
80403e6e:	40b2                	lw	ra,12(sp)
80403e70:	4422                	lw	s0,8(sp)
80403e72:	4492                	lw	s1,4(sp)
80403e74:	0141                	add	sp,sp,16
80403e76:	8082                	ret
80403e78:	20c42583          	lw	a1,524(s0)
80403e7c:	6609                	lui	a2,0x2
80403e7e:	167d                	add	a2,a2,-1 # 1fff <_entry-0x803fe001>
80403e80:	77fd                	lui	a5,0xfffff
80403e82:	962e                	add	a2,a2,a1
80403e84:	8e7d                	and	a2,a2,a5
80403e86:	8dfd                	and	a1,a1,a5
80403e88:	4699                	li	a3,6
80403e8a:	8e0d                	sub	a2,a2,a1
80403e8c:	852e                	mv	a0,a1
80403e8e:	e9dff0ef          	jal	80403d2a <kvm_map>
80403e92:	bf5d                	j	80403e48 <kvm_init+0x56>
80403e94:	80405537          	lui	a0,0x80405
80403e98:	7c450513          	add	a0,a0,1988 # 804057c4 <names.0+0x2a4>
80403e9c:	f93fd0ef          	jal	80401e2e <panic>

80403ea0 <vm_switch>:
80403ea0:	80427737          	lui	a4,0x80427
80403ea4:	06872783          	lw	a5,104(a4) # 80427068 <active_pagetable>
80403ea8:	00a78d63          	beq	a5,a0,80403ec2 <vm_switch+0x22>
80403eac:	00c55793          	srl	a5,a0,0xc
80403eb0:	800006b7          	lui	a3,0x80000
80403eb4:	8fd5                	or	a5,a5,a3
80403eb6:	18079073          	csrw	satp,a5
80403eba:	12000073          	sfence.vma
80403ebe:	06a72423          	sw	a0,104(a4)
80403ec2:	8082                	ret

80403ec4 <uvm_create>:
80403ec4:	1141                	add	sp,sp,-16
80403ec6:	c422                	sw	s0,8(sp)
80403ec8:	c606                	sw	ra,12(sp)
80403eca:	975fd0ef          	jal	8040183e <kalloc>
80403ece:	842a                	mv	s0,a0
80403ed0:	cd11                	beqz	a0,80403eec <uvm_create+0x28>
80403ed2:	804277b7          	lui	a5,0x80427
80403ed6:	06c7a583          	lw	a1,108(a5) # 8042706c <kernel_pagetable>
80403eda:	6605                	lui	a2,0x1
80403edc:	f4060613          	add	a2,a2,-192 # f40 <_entry-0x803ff0c0>
80403ee0:	0c058593          	add	a1,a1,192 # 100000c0 <_entry-0x703fff40>
80403ee4:	0c050513          	add	a0,a0,192
80403ee8:	dc0fe0ef          	jal	804024a8 <memcpy>
80403eec:	40b2                	lw	ra,12(sp)
80403eee:	8522                	mv	a0,s0
80403ef0:	4422                	lw	s0,8(sp)
80403ef2:	0141                	add	sp,sp,16
80403ef4:	8082                	ret

80403ef6 <arch_pt_alloc>:
80403ef6:	949fd06f          	j	8040183e <kalloc>

80403efa <arch_pt_unpin>:
80403efa:	804277b7          	lui	a5,0x80427
80403efe:	0687a783          	lw	a5,104(a5) # 80427068 <active_pagetable>
80403f02:	00a78363          	beq	a5,a0,80403f08 <arch_pt_unpin+0xe>
80403f06:	8082                	ret
80403f08:	80405537          	lui	a0,0x80405
80403f0c:	1141                	add	sp,sp,-16
80403f0e:	7dc50513          	add	a0,a0,2012 # 804057dc <names.0+0x2bc>
80403f12:	c606                	sw	ra,12(sp)
80403f14:	f1bfd0ef          	jal	80401e2e <panic>

80403f18 <arch_pt_free>:
80403f18:	951fd06f          	j	80401868 <kfree>

80403f1c <arch_pt_link>:
80403f1c:	81b1                	srl	a1,a1,0xc
80403f1e:	05aa                	sll	a1,a1,0xa
80403f20:	0015e593          	or	a1,a1,1
80403f24:	c10c                	sw	a1,0(a0)
80403f26:	8082                	ret

80403f28 <arch_pt_set>:
80403f28:	c10c                	sw	a1,0(a0)
80403f2a:	8082                	ret

80403f2c <arch_pt_commit>:
80403f2c:	804277b7          	lui	a5,0x80427
80403f30:	0687a783          	lw	a5,104(a5) # 80427068 <active_pagetable>
80403f34:	00a78363          	beq	a5,a0,80403f3a <arch_pt_commit+0xe>
80403f38:	8082                	ret
80403f3a:	12000073          	sfence.vma
80403f3e:	8082                	ret

80403f40 <arch_net_mac>:
80403f40:	4501                	li	a0,0
80403f42:	8082                	ret

80403f44 <arch_net_send>:
80403f44:	557d                	li	a0,-1
80403f46:	8082                	ret

80403f48 <plic_init>:
80403f48:	0c0007b7          	lui	a5,0xc000
80403f4c:	4705                	li	a4,1
80403f4e:	d798                	sw	a4,40(a5)
80403f50:	0c002737          	lui	a4,0xc002
80403f54:	08072783          	lw	a5,128(a4) # c002080 <_entry-0x743fdf80>
80403f58:	4007e793          	or	a5,a5,1024
80403f5c:	08f72023          	sw	a5,128(a4)
80403f60:	0c2017b7          	lui	a5,0xc201
80403f64:	0007a023          	sw	zero,0(a5) # c201000 <_entry-0x741ff000>
80403f68:	8082                	ret

80403f6a <plic_claim>:
80403f6a:	0c2017b7          	lui	a5,0xc201
80403f6e:	43c8                	lw	a0,4(a5)
80403f70:	8082                	ret

80403f72 <plic_complete>:
80403f72:	0c2017b7          	lui	a5,0xc201
80403f76:	c3c8                	sw	a0,4(a5)
80403f78:	8082                	ret

80403f7a <sbi_init>:
80403f7a:	54495537          	lui	a0,0x54495
80403f7e:	d4550513          	add	a0,a0,-699 # 54494d45 <_entry-0x2bf6b2bb>
80403f82:	4581                	li	a1,0
80403f84:	4601                	li	a2,0
80403f86:	480d                	li	a6,3
80403f88:	48c1                	li	a7,16
80403f8a:	00000073          	ecall
80403f8e:	4781                	li	a5,0
80403f90:	e119                	bnez	a0,80403f96 <sbi_init+0x1c>
80403f92:	00b037b3          	snez	a5,a1
80403f96:	80427737          	lui	a4,0x80427
80403f9a:	06f72823          	sw	a5,112(a4) # 80427070 <have_time_ext>
80403f9e:	8082                	ret

80403fa0 <sbi_set_timer>:
80403fa0:	804277b7          	lui	a5,0x80427
80403fa4:	0707a783          	lw	a5,112(a5) # 80427070 <have_time_ext>
80403fa8:	4601                	li	a2,0
80403faa:	4801                	li	a6,0
80403fac:	cb81                	beqz	a5,80403fbc <sbi_set_timer+0x1c>
80403fae:	544958b7          	lui	a7,0x54495
80403fb2:	d4588893          	add	a7,a7,-699 # 54494d45 <_entry-0x2bf6b2bb>
80403fb6:	00000073          	ecall
80403fba:	8082                	ret
80403fbc:	4881                	li	a7,0
80403fbe:	00000073          	ecall
80403fc2:	8082                	ret

80403fc4 <sbi_shutdown>:
80403fc4:	535258b7          	lui	a7,0x53525
80403fc8:	85aa                	mv	a1,a0
80403fca:	4601                	li	a2,0
80403fcc:	4501                	li	a0,0
80403fce:	4801                	li	a6,0
80403fd0:	35488893          	add	a7,a7,852 # 53525354 <_entry-0x2cedacac>
80403fd4:	00000073          	ecall
80403fd8:	10500073          	wfi
80403fdc:	10500073          	wfi
80403fe0:	bfe5                	j	80403fd8 <sbi_shutdown+0x14>

80403fe2 <trap_init>:
80403fe2:	4781                	li	a5,0
80403fe4:	14079073          	csrw	sscratch,a5
80403fe8:	804047b7          	lui	a5,0x80404
80403fec:	0fc78793          	add	a5,a5,252 # 804040fc <trap_vector>
80403ff0:	10579073          	csrw	stvec,a5
80403ff4:	22000793          	li	a5,544
80403ff8:	1047a073          	csrs	sie,a5
80403ffc:	8082                	ret

80403ffe <arch_interrupt>:
80403ffe:	1101                	add	sp,sp,-32
80404000:	cc22                	sw	s0,24(sp)
80404002:	00151413          	sll	s0,a0,0x1
80404006:	ce06                	sw	ra,28(sp)
80404008:	8005                	srl	s0,s0,0x1
8040400a:	4795                	li	a5,5
8040400c:	00f40d63          	beq	s0,a5,80404026 <arch_interrupt+0x28>
80404010:	47a5                	li	a5,9
80404012:	02f40463          	beq	s0,a5,8040403a <arch_interrupt+0x3c>
80404016:	40f2                	lw	ra,28(sp)
80404018:	ffb40513          	add	a0,s0,-5
8040401c:	4462                	lw	s0,24(sp)
8040401e:	00153513          	seqz	a0,a0
80404022:	6105                	add	sp,sp,32
80404024:	8082                	ret
80404026:	b27fe0ef          	jal	80402b4c <timer_intr>
8040402a:	40f2                	lw	ra,28(sp)
8040402c:	ffb40513          	add	a0,s0,-5
80404030:	4462                	lw	s0,24(sp)
80404032:	00153513          	seqz	a0,a0
80404036:	6105                	add	sp,sp,32
80404038:	8082                	ret
8040403a:	f31ff0ef          	jal	80403f6a <plic_claim>
8040403e:	47a9                	li	a5,10
80404040:	00f50663          	beq	a0,a5,8040404c <arch_interrupt+0x4e>
80404044:	d969                	beqz	a0,80404016 <arch_interrupt+0x18>
80404046:	f2dff0ef          	jal	80403f72 <plic_complete>
8040404a:	b7f1                	j	80404016 <arch_interrupt+0x18>
8040404c:	c62a                	sw	a0,12(sp)
8040404e:	2835                	jal	8040408a <uart_intr>
80404050:	4532                	lw	a0,12(sp)
80404052:	bfd5                	j	80404046 <arch_interrupt+0x48>

80404054 <arch_user_return>:
80404054:	1141                	add	sp,sp,-16
80404056:	c606                	sw	ra,12(sp)
80404058:	10000793          	li	a5,256
8040405c:	1007b073          	csrc	sstatus,a5
80404060:	02000793          	li	a5,32
80404064:	1007a073          	csrs	sstatus,a5
80404068:	2a5d                	jal	8040421e <user_return>

8040406a <arch_idle>:
8040406a:	10500073          	wfi
8040406e:	4789                	li	a5,2
80404070:	1007a073          	csrs	sstatus,a5
80404074:	1007b073          	csrc	sstatus,a5
80404078:	8082                	ret

8040407a <arch_set_timer>:
8040407a:	f27ff06f          	j	80403fa0 <sbi_set_timer>

8040407e <uart_init>:
8040407e:	100007b7          	lui	a5,0x10000
80404082:	4705                	li	a4,1
80404084:	00e780a3          	sb	a4,1(a5) # 10000001 <_entry-0x703fffff>
80404088:	8082                	ret

8040408a <uart_intr>:
8040408a:	1141                	add	sp,sp,-16
8040408c:	c422                	sw	s0,8(sp)
8040408e:	c606                	sw	ra,12(sp)
80404090:	10000437          	lui	s0,0x10000
80404094:	a809                	j	804040a6 <uart_intr+0x1c>
80404096:	00544783          	lbu	a5,5(s0) # 10000005 <_entry-0x703ffffb>
8040409a:	8b85                	and	a5,a5,1
8040409c:	c395                	beqz	a5,804040c0 <uart_intr+0x36>
8040409e:	00044503          	lbu	a0,0(s0)
804040a2:	9aefc0ef          	jal	80400250 <console_input>
804040a6:	990fc0ef          	jal	80400236 <console_room>
804040aa:	fea046e3          	bgtz	a0,80404096 <uart_intr+0xc>
804040ae:	804277b7          	lui	a5,0x80427
804040b2:	4705                	li	a4,1
804040b4:	06e7aa23          	sw	a4,116(a5) # 80427074 <rx_paused>
804040b8:	100007b7          	lui	a5,0x10000
804040bc:	000780a3          	sb	zero,1(a5) # 10000001 <_entry-0x703fffff>
804040c0:	40b2                	lw	ra,12(sp)
804040c2:	4422                	lw	s0,8(sp)
804040c4:	0141                	add	sp,sp,16
804040c6:	8082                	ret

804040c8 <arch_console_putc>:
804040c8:	10000737          	lui	a4,0x10000
804040cc:	00574783          	lbu	a5,5(a4) # 10000005 <_entry-0x703ffffb>
804040d0:	0207f793          	and	a5,a5,32
804040d4:	dfe5                	beqz	a5,804040cc <arch_console_putc+0x4>
804040d6:	0ff57513          	zext.b	a0,a0
804040da:	00a70023          	sb	a0,0(a4)
804040de:	8082                	ret

804040e0 <arch_console_flush>:
804040e0:	8082                	ret

804040e2 <arch_console_rx_resume>:
804040e2:	804277b7          	lui	a5,0x80427
804040e6:	0747a703          	lw	a4,116(a5) # 80427074 <rx_paused>
804040ea:	cb01                	beqz	a4,804040fa <arch_console_rx_resume+0x18>
804040ec:	0607aa23          	sw	zero,116(a5)
804040f0:	4705                	li	a4,1
804040f2:	100007b7          	lui	a5,0x10000
804040f6:	00e780a3          	sb	a4,1(a5) # 10000001 <_entry-0x703fffff>
804040fa:	8082                	ret

804040fc <trap_vector>:
804040fc:	14011173          	csrrw	sp,sscratch,sp
80404100:	06010563          	beqz	sp,8040416a <from_kernel>
80404104:	c206                	sw	ra,4(sp)
80404106:	c60e                	sw	gp,12(sp)
80404108:	c812                	sw	tp,16(sp)
8040410a:	ca16                	sw	t0,20(sp)
8040410c:	cc1a                	sw	t1,24(sp)
8040410e:	ce1e                	sw	t2,28(sp)
80404110:	d022                	sw	s0,32(sp)
80404112:	d226                	sw	s1,36(sp)
80404114:	d42a                	sw	a0,40(sp)
80404116:	d62e                	sw	a1,44(sp)
80404118:	d832                	sw	a2,48(sp)
8040411a:	da36                	sw	a3,52(sp)
8040411c:	dc3a                	sw	a4,56(sp)
8040411e:	de3e                	sw	a5,60(sp)
80404120:	c0c2                	sw	a6,64(sp)
80404122:	c2c6                	sw	a7,68(sp)
80404124:	c4ca                	sw	s2,72(sp)
80404126:	c6ce                	sw	s3,76(sp)
80404128:	c8d2                	sw	s4,80(sp)
8040412a:	cad6                	sw	s5,84(sp)
8040412c:	ccda                	sw	s6,88(sp)
8040412e:	cede                	sw	s7,92(sp)
80404130:	d0e2                	sw	s8,96(sp)
80404132:	d2e6                	sw	s9,100(sp)
80404134:	d4ea                	sw	s10,104(sp)
80404136:	d6ee                	sw	s11,108(sp)
80404138:	d8f2                	sw	t3,112(sp)
8040413a:	daf6                	sw	t4,116(sp)
8040413c:	dcfa                	sw	t5,120(sp)
8040413e:	defe                	sw	t6,124(sp)
80404140:	140022f3          	csrr	t0,sscratch
80404144:	c416                	sw	t0,8(sp)
80404146:	14001073          	csrw	sscratch,zero
8040414a:	141022f3          	csrr	t0,sepc
8040414e:	c116                	sw	t0,128(sp)
80404150:	100022f3          	csrr	t0,sstatus
80404154:	c316                	sw	t0,132(sp)
80404156:	142022f3          	csrr	t0,scause
8040415a:	c516                	sw	t0,136(sp)
8040415c:	143022f3          	csrr	t0,stval
80404160:	c716                	sw	t0,140(sp)
80404162:	850a                	mv	a0,sp
80404164:	b2ffe0ef          	jal	80402c92 <user_trap>
80404168:	a001                	j	80404168 <trap_vector+0x6c>

8040416a <from_kernel>:
8040416a:	14011173          	csrrw	sp,sscratch,sp
8040416e:	7175                	add	sp,sp,-144
80404170:	c206                	sw	ra,4(sp)
80404172:	c60e                	sw	gp,12(sp)
80404174:	c812                	sw	tp,16(sp)
80404176:	ca16                	sw	t0,20(sp)
80404178:	cc1a                	sw	t1,24(sp)
8040417a:	ce1e                	sw	t2,28(sp)
8040417c:	d022                	sw	s0,32(sp)
8040417e:	d226                	sw	s1,36(sp)
80404180:	d42a                	sw	a0,40(sp)
80404182:	d62e                	sw	a1,44(sp)
80404184:	d832                	sw	a2,48(sp)
80404186:	da36                	sw	a3,52(sp)
80404188:	dc3a                	sw	a4,56(sp)
8040418a:	de3e                	sw	a5,60(sp)
8040418c:	c0c2                	sw	a6,64(sp)
8040418e:	c2c6                	sw	a7,68(sp)
80404190:	c4ca                	sw	s2,72(sp)
80404192:	c6ce                	sw	s3,76(sp)
80404194:	c8d2                	sw	s4,80(sp)
80404196:	cad6                	sw	s5,84(sp)
80404198:	ccda                	sw	s6,88(sp)
8040419a:	cede                	sw	s7,92(sp)
8040419c:	d0e2                	sw	s8,96(sp)
8040419e:	d2e6                	sw	s9,100(sp)
804041a0:	d4ea                	sw	s10,104(sp)
804041a2:	d6ee                	sw	s11,108(sp)
804041a4:	d8f2                	sw	t3,112(sp)
804041a6:	daf6                	sw	t4,116(sp)
804041a8:	dcfa                	sw	t5,120(sp)
804041aa:	defe                	sw	t6,124(sp)
804041ac:	09010293          	add	t0,sp,144
804041b0:	c416                	sw	t0,8(sp)
804041b2:	141022f3          	csrr	t0,sepc
804041b6:	c116                	sw	t0,128(sp)
804041b8:	100022f3          	csrr	t0,sstatus
804041bc:	c316                	sw	t0,132(sp)
804041be:	142022f3          	csrr	t0,scause
804041c2:	c516                	sw	t0,136(sp)
804041c4:	143022f3          	csrr	t0,stval
804041c8:	c716                	sw	t0,140(sp)
804041ca:	850a                	mv	a0,sp
804041cc:	b59fe0ef          	jal	80402d24 <kernel_trap>
804041d0:	428a                	lw	t0,128(sp)
804041d2:	14129073          	csrw	sepc,t0
804041d6:	429a                	lw	t0,132(sp)
804041d8:	10029073          	csrw	sstatus,t0
804041dc:	4092                	lw	ra,4(sp)
804041de:	41b2                	lw	gp,12(sp)
804041e0:	4242                	lw	tp,16(sp)
804041e2:	42d2                	lw	t0,20(sp)
804041e4:	4362                	lw	t1,24(sp)
804041e6:	43f2                	lw	t2,28(sp)
804041e8:	5402                	lw	s0,32(sp)
804041ea:	5492                	lw	s1,36(sp)
804041ec:	5522                	lw	a0,40(sp)
804041ee:	55b2                	lw	a1,44(sp)
804041f0:	5642                	lw	a2,48(sp)
804041f2:	56d2                	lw	a3,52(sp)
804041f4:	5762                	lw	a4,56(sp)
804041f6:	57f2                	lw	a5,60(sp)
804041f8:	4806                	lw	a6,64(sp)
804041fa:	4896                	lw	a7,68(sp)
804041fc:	4926                	lw	s2,72(sp)
804041fe:	49b6                	lw	s3,76(sp)
80404200:	4a46                	lw	s4,80(sp)
80404202:	4ad6                	lw	s5,84(sp)
80404204:	4b66                	lw	s6,88(sp)
80404206:	4bf6                	lw	s7,92(sp)
80404208:	5c06                	lw	s8,96(sp)
8040420a:	5c96                	lw	s9,100(sp)
8040420c:	5d26                	lw	s10,104(sp)
8040420e:	5db6                	lw	s11,108(sp)
80404210:	5e46                	lw	t3,112(sp)
80404212:	5ed6                	lw	t4,116(sp)
80404214:	5f66                	lw	t5,120(sp)
80404216:	5ff6                	lw	t6,124(sp)
80404218:	6149                	add	sp,sp,144
8040421a:	10200073          	sret

8040421e <user_return>:
8040421e:	14051073          	csrw	sscratch,a0
80404222:	08052283          	lw	t0,128(a0)
80404226:	14129073          	csrw	sepc,t0
8040422a:	00452083          	lw	ra,4(a0)
8040422e:	00852103          	lw	sp,8(a0)
80404232:	00c52183          	lw	gp,12(a0)
80404236:	01052203          	lw	tp,16(a0)
8040423a:	01452283          	lw	t0,20(a0)
8040423e:	01852303          	lw	t1,24(a0)
80404242:	01c52383          	lw	t2,28(a0)
80404246:	5100                	lw	s0,32(a0)
80404248:	5144                	lw	s1,36(a0)
8040424a:	554c                	lw	a1,44(a0)
8040424c:	5910                	lw	a2,48(a0)
8040424e:	5954                	lw	a3,52(a0)
80404250:	5d18                	lw	a4,56(a0)
80404252:	5d5c                	lw	a5,60(a0)
80404254:	04052803          	lw	a6,64(a0)
80404258:	04452883          	lw	a7,68(a0)
8040425c:	04852903          	lw	s2,72(a0)
80404260:	04c52983          	lw	s3,76(a0)
80404264:	05052a03          	lw	s4,80(a0)
80404268:	05452a83          	lw	s5,84(a0)
8040426c:	05852b03          	lw	s6,88(a0)
80404270:	05c52b83          	lw	s7,92(a0)
80404274:	06052c03          	lw	s8,96(a0)
80404278:	06452c83          	lw	s9,100(a0)
8040427c:	06852d03          	lw	s10,104(a0)
80404280:	06c52d83          	lw	s11,108(a0)
80404284:	07052e03          	lw	t3,112(a0)
80404288:	07452e83          	lw	t4,116(a0)
8040428c:	07852f03          	lw	t5,120(a0)
80404290:	07c52f83          	lw	t6,124(a0)
80404294:	5508                	lw	a0,40(a0)
80404296:	10200073          	sret

8040429a <swtch>:
8040429a:	00152023          	sw	ra,0(a0)
8040429e:	00252223          	sw	sp,4(a0)
804042a2:	c500                	sw	s0,8(a0)
804042a4:	c544                	sw	s1,12(a0)
804042a6:	01252823          	sw	s2,16(a0)
804042aa:	01352a23          	sw	s3,20(a0)
804042ae:	01452c23          	sw	s4,24(a0)
804042b2:	01552e23          	sw	s5,28(a0)
804042b6:	03652023          	sw	s6,32(a0)
804042ba:	03752223          	sw	s7,36(a0)
804042be:	03852423          	sw	s8,40(a0)
804042c2:	03952623          	sw	s9,44(a0)
804042c6:	03a52823          	sw	s10,48(a0)
804042ca:	03b52a23          	sw	s11,52(a0)
804042ce:	0005a083          	lw	ra,0(a1)
804042d2:	0045a103          	lw	sp,4(a1)
804042d6:	4580                	lw	s0,8(a1)
804042d8:	45c4                	lw	s1,12(a1)
804042da:	0105a903          	lw	s2,16(a1)
804042de:	0145a983          	lw	s3,20(a1)
804042e2:	0185aa03          	lw	s4,24(a1)
804042e6:	01c5aa83          	lw	s5,28(a1)
804042ea:	0205ab03          	lw	s6,32(a1)
804042ee:	0245ab83          	lw	s7,36(a1)
804042f2:	0285ac03          	lw	s8,40(a1)
804042f6:	02c5ac83          	lw	s9,44(a1)
804042fa:	0305ad03          	lw	s10,48(a1)
804042fe:	0345ad83          	lw	s11,52(a1)
80404302:	8082                	ret

80404304 <__udivdi3>:
80404304:	88aa                	mv	a7,a0
80404306:	832e                	mv	t1,a1
80404308:	8732                	mv	a4,a2
8040430a:	882a                	mv	a6,a0
8040430c:	87ae                	mv	a5,a1
8040430e:	20069663          	bnez	a3,8040451a <__udivdi3+0x216>
80404312:	00023597          	auipc	a1,0x23
80404316:	89e58593          	add	a1,a1,-1890 # 80426bb0 <__clz_tab>
8040431a:	0cc37163          	bgeu	t1,a2,804043dc <__udivdi3+0xd8>
8040431e:	66c1                	lui	a3,0x10
80404320:	0ad67763          	bgeu	a2,a3,804043ce <__udivdi3+0xca>
80404324:	10063693          	sltiu	a3,a2,256
80404328:	0016c693          	xor	a3,a3,1
8040432c:	068e                	sll	a3,a3,0x3
8040432e:	00d65533          	srl	a0,a2,a3
80404332:	95aa                	add	a1,a1,a0
80404334:	0005c583          	lbu	a1,0(a1)
80404338:	02000513          	li	a0,32
8040433c:	96ae                	add	a3,a3,a1
8040433e:	40d505b3          	sub	a1,a0,a3
80404342:	00d50b63          	beq	a0,a3,80404358 <__udivdi3+0x54>
80404346:	00b317b3          	sll	a5,t1,a1
8040434a:	00d8d6b3          	srl	a3,a7,a3
8040434e:	00b61733          	sll	a4,a2,a1
80404352:	8fd5                	or	a5,a5,a3
80404354:	00b89833          	sll	a6,a7,a1
80404358:	01075593          	srl	a1,a4,0x10
8040435c:	02b7d333          	divu	t1,a5,a1
80404360:	01071613          	sll	a2,a4,0x10
80404364:	8241                	srl	a2,a2,0x10
80404366:	02b7f7b3          	remu	a5,a5,a1
8040436a:	851a                	mv	a0,t1
8040436c:	026608b3          	mul	a7,a2,t1
80404370:	01079693          	sll	a3,a5,0x10
80404374:	01085793          	srl	a5,a6,0x10
80404378:	8fd5                	or	a5,a5,a3
8040437a:	0117fc63          	bgeu	a5,a7,80404392 <__udivdi3+0x8e>
8040437e:	97ba                	add	a5,a5,a4
80404380:	fff30513          	add	a0,t1,-1 # bffffff <_entry-0x74400001>
80404384:	00e7e763          	bltu	a5,a4,80404392 <__udivdi3+0x8e>
80404388:	0117f563          	bgeu	a5,a7,80404392 <__udivdi3+0x8e>
8040438c:	ffe30513          	add	a0,t1,-2
80404390:	97ba                	add	a5,a5,a4
80404392:	411787b3          	sub	a5,a5,a7
80404396:	02b7d8b3          	divu	a7,a5,a1
8040439a:	0842                	sll	a6,a6,0x10
8040439c:	01085813          	srl	a6,a6,0x10
804043a0:	02b7f7b3          	remu	a5,a5,a1
804043a4:	031606b3          	mul	a3,a2,a7
804043a8:	07c2                	sll	a5,a5,0x10
804043aa:	00f86833          	or	a6,a6,a5
804043ae:	87c6                	mv	a5,a7
804043b0:	00d87b63          	bgeu	a6,a3,804043c6 <__udivdi3+0xc2>
804043b4:	983a                	add	a6,a6,a4
804043b6:	fff88793          	add	a5,a7,-1
804043ba:	00e86663          	bltu	a6,a4,804043c6 <__udivdi3+0xc2>
804043be:	00d87463          	bgeu	a6,a3,804043c6 <__udivdi3+0xc2>
804043c2:	ffe88793          	add	a5,a7,-2
804043c6:	0542                	sll	a0,a0,0x10
804043c8:	8d5d                	or	a0,a0,a5
804043ca:	4581                	li	a1,0
804043cc:	8082                	ret
804043ce:	01000537          	lui	a0,0x1000
804043d2:	46c1                	li	a3,16
804043d4:	f4a66de3          	bltu	a2,a0,8040432e <__udivdi3+0x2a>
804043d8:	46e1                	li	a3,24
804043da:	bf91                	j	8040432e <__udivdi3+0x2a>
804043dc:	4681                	li	a3,0
804043de:	ca09                	beqz	a2,804043f0 <__udivdi3+0xec>
804043e0:	67c1                	lui	a5,0x10
804043e2:	08f67f63          	bgeu	a2,a5,80404480 <__udivdi3+0x17c>
804043e6:	10063693          	sltiu	a3,a2,256
804043ea:	0016c693          	xor	a3,a3,1
804043ee:	068e                	sll	a3,a3,0x3
804043f0:	00d657b3          	srl	a5,a2,a3
804043f4:	95be                	add	a1,a1,a5
804043f6:	0005c783          	lbu	a5,0(a1)
804043fa:	97b6                	add	a5,a5,a3
804043fc:	02000693          	li	a3,32
80404400:	40f685b3          	sub	a1,a3,a5
80404404:	08f69563          	bne	a3,a5,8040448e <__udivdi3+0x18a>
80404408:	40c307b3          	sub	a5,t1,a2
8040440c:	4585                	li	a1,1
8040440e:	01075893          	srl	a7,a4,0x10
80404412:	0317de33          	divu	t3,a5,a7
80404416:	01071613          	sll	a2,a4,0x10
8040441a:	8241                	srl	a2,a2,0x10
8040441c:	01085693          	srl	a3,a6,0x10
80404420:	0317f7b3          	remu	a5,a5,a7
80404424:	8572                	mv	a0,t3
80404426:	03c60333          	mul	t1,a2,t3
8040442a:	07c2                	sll	a5,a5,0x10
8040442c:	8fd5                	or	a5,a5,a3
8040442e:	0067fc63          	bgeu	a5,t1,80404446 <__udivdi3+0x142>
80404432:	97ba                	add	a5,a5,a4
80404434:	fffe0513          	add	a0,t3,-1 # ffffff <_entry-0x7f400001>
80404438:	00e7e763          	bltu	a5,a4,80404446 <__udivdi3+0x142>
8040443c:	0067f563          	bgeu	a5,t1,80404446 <__udivdi3+0x142>
80404440:	ffee0513          	add	a0,t3,-2
80404444:	97ba                	add	a5,a5,a4
80404446:	406787b3          	sub	a5,a5,t1
8040444a:	0317d333          	divu	t1,a5,a7
8040444e:	0842                	sll	a6,a6,0x10
80404450:	01085813          	srl	a6,a6,0x10
80404454:	0317f7b3          	remu	a5,a5,a7
80404458:	026606b3          	mul	a3,a2,t1
8040445c:	07c2                	sll	a5,a5,0x10
8040445e:	00f86833          	or	a6,a6,a5
80404462:	879a                	mv	a5,t1
80404464:	00d87b63          	bgeu	a6,a3,8040447a <__udivdi3+0x176>
80404468:	983a                	add	a6,a6,a4
8040446a:	fff30793          	add	a5,t1,-1
8040446e:	00e86663          	bltu	a6,a4,8040447a <__udivdi3+0x176>
80404472:	00d87463          	bgeu	a6,a3,8040447a <__udivdi3+0x176>
80404476:	ffe30793          	add	a5,t1,-2
8040447a:	0542                	sll	a0,a0,0x10
8040447c:	8d5d                	or	a0,a0,a5
8040447e:	8082                	ret
80404480:	010007b7          	lui	a5,0x1000
80404484:	46c1                	li	a3,16
80404486:	f6f665e3          	bltu	a2,a5,804043f0 <__udivdi3+0xec>
8040448a:	46e1                	li	a3,24
8040448c:	b795                	j	804043f0 <__udivdi3+0xec>
8040448e:	00b61733          	sll	a4,a2,a1
80404492:	00f356b3          	srl	a3,t1,a5
80404496:	01075513          	srl	a0,a4,0x10
8040449a:	00b31333          	sll	t1,t1,a1
8040449e:	00f8d7b3          	srl	a5,a7,a5
804044a2:	0067e7b3          	or	a5,a5,t1
804044a6:	02a6d333          	divu	t1,a3,a0
804044aa:	01071613          	sll	a2,a4,0x10
804044ae:	8241                	srl	a2,a2,0x10
804044b0:	00b89833          	sll	a6,a7,a1
804044b4:	02a6f6b3          	remu	a3,a3,a0
804044b8:	026608b3          	mul	a7,a2,t1
804044bc:	01069593          	sll	a1,a3,0x10
804044c0:	0107d693          	srl	a3,a5,0x10
804044c4:	8ecd                	or	a3,a3,a1
804044c6:	859a                	mv	a1,t1
804044c8:	0116fc63          	bgeu	a3,a7,804044e0 <__udivdi3+0x1dc>
804044cc:	96ba                	add	a3,a3,a4
804044ce:	fff30593          	add	a1,t1,-1
804044d2:	00e6e763          	bltu	a3,a4,804044e0 <__udivdi3+0x1dc>
804044d6:	0116f563          	bgeu	a3,a7,804044e0 <__udivdi3+0x1dc>
804044da:	ffe30593          	add	a1,t1,-2
804044de:	96ba                	add	a3,a3,a4
804044e0:	411686b3          	sub	a3,a3,a7
804044e4:	02a6d8b3          	divu	a7,a3,a0
804044e8:	07c2                	sll	a5,a5,0x10
804044ea:	83c1                	srl	a5,a5,0x10
804044ec:	02a6f6b3          	remu	a3,a3,a0
804044f0:	03160633          	mul	a2,a2,a7
804044f4:	06c2                	sll	a3,a3,0x10
804044f6:	8fd5                	or	a5,a5,a3
804044f8:	86c6                	mv	a3,a7
804044fa:	00c7fc63          	bgeu	a5,a2,80404512 <__udivdi3+0x20e>
804044fe:	97ba                	add	a5,a5,a4
80404500:	fff88693          	add	a3,a7,-1
80404504:	00e7e763          	bltu	a5,a4,80404512 <__udivdi3+0x20e>
80404508:	00c7f563          	bgeu	a5,a2,80404512 <__udivdi3+0x20e>
8040450c:	ffe88693          	add	a3,a7,-2
80404510:	97ba                	add	a5,a5,a4
80404512:	05c2                	sll	a1,a1,0x10
80404514:	8f91                	sub	a5,a5,a2
80404516:	8dd5                	or	a1,a1,a3
80404518:	bddd                	j	8040440e <__udivdi3+0x10a>
8040451a:	14d5e163          	bltu	a1,a3,8040465c <__udivdi3+0x358>
8040451e:	67c1                	lui	a5,0x10
80404520:	02f6ff63          	bgeu	a3,a5,8040455e <__udivdi3+0x25a>
80404524:	1006b713          	sltiu	a4,a3,256
80404528:	00174713          	xor	a4,a4,1
8040452c:	070e                	sll	a4,a4,0x3
8040452e:	00e6d5b3          	srl	a1,a3,a4
80404532:	00022797          	auipc	a5,0x22
80404536:	67e78793          	add	a5,a5,1662 # 80426bb0 <__clz_tab>
8040453a:	97ae                	add	a5,a5,a1
8040453c:	0007c783          	lbu	a5,0(a5)
80404540:	97ba                	add	a5,a5,a4
80404542:	02000713          	li	a4,32
80404546:	40f705b3          	sub	a1,a4,a5
8040454a:	02f71163          	bne	a4,a5,8040456c <__udivdi3+0x268>
8040454e:	4505                	li	a0,1
80404550:	e666eee3          	bltu	a3,t1,804043cc <__udivdi3+0xc8>
80404554:	00c8b533          	sltu	a0,a7,a2
80404558:	00154513          	xor	a0,a0,1
8040455c:	8082                	ret
8040455e:	010007b7          	lui	a5,0x1000
80404562:	4741                	li	a4,16
80404564:	fcf6e5e3          	bltu	a3,a5,8040452e <__udivdi3+0x22a>
80404568:	4761                	li	a4,24
8040456a:	b7d1                	j	8040452e <__udivdi3+0x22a>
8040456c:	00f65733          	srl	a4,a2,a5
80404570:	00b696b3          	sll	a3,a3,a1
80404574:	8ed9                	or	a3,a3,a4
80404576:	00f35733          	srl	a4,t1,a5
8040457a:	00b31333          	sll	t1,t1,a1
8040457e:	00f8d7b3          	srl	a5,a7,a5
80404582:	0067e7b3          	or	a5,a5,t1
80404586:	0106d313          	srl	t1,a3,0x10
8040458a:	02675eb3          	divu	t4,a4,t1
8040458e:	01069813          	sll	a6,a3,0x10
80404592:	01085813          	srl	a6,a6,0x10
80404596:	00b61633          	sll	a2,a2,a1
8040459a:	02677733          	remu	a4,a4,t1
8040459e:	03d80e33          	mul	t3,a6,t4
804045a2:	01071513          	sll	a0,a4,0x10
804045a6:	0107d713          	srl	a4,a5,0x10
804045aa:	8f49                	or	a4,a4,a0
804045ac:	8576                	mv	a0,t4
804045ae:	01c77c63          	bgeu	a4,t3,804045c6 <__udivdi3+0x2c2>
804045b2:	9736                	add	a4,a4,a3
804045b4:	fffe8513          	add	a0,t4,-1
804045b8:	00d76763          	bltu	a4,a3,804045c6 <__udivdi3+0x2c2>
804045bc:	01c77563          	bgeu	a4,t3,804045c6 <__udivdi3+0x2c2>
804045c0:	ffee8513          	add	a0,t4,-2
804045c4:	9736                	add	a4,a4,a3
804045c6:	41c70733          	sub	a4,a4,t3
804045ca:	02675e33          	divu	t3,a4,t1
804045ce:	07c2                	sll	a5,a5,0x10
804045d0:	83c1                	srl	a5,a5,0x10
804045d2:	02677733          	remu	a4,a4,t1
804045d6:	03c80833          	mul	a6,a6,t3
804045da:	0742                	sll	a4,a4,0x10
804045dc:	8fd9                	or	a5,a5,a4
804045de:	8772                	mv	a4,t3
804045e0:	0107fc63          	bgeu	a5,a6,804045f8 <__udivdi3+0x2f4>
804045e4:	97b6                	add	a5,a5,a3
804045e6:	fffe0713          	add	a4,t3,-1
804045ea:	00d7e763          	bltu	a5,a3,804045f8 <__udivdi3+0x2f4>
804045ee:	0107f563          	bgeu	a5,a6,804045f8 <__udivdi3+0x2f4>
804045f2:	ffee0713          	add	a4,t3,-2
804045f6:	97b6                	add	a5,a5,a3
804045f8:	0542                	sll	a0,a0,0x10
804045fa:	6e41                	lui	t3,0x10
804045fc:	8d59                	or	a0,a0,a4
804045fe:	fffe0693          	add	a3,t3,-1 # ffff <_entry-0x803f0001>
80404602:	00d57733          	and	a4,a0,a3
80404606:	410787b3          	sub	a5,a5,a6
8040460a:	8ef1                	and	a3,a3,a2
8040460c:	01055813          	srl	a6,a0,0x10
80404610:	8241                	srl	a2,a2,0x10
80404612:	02d70333          	mul	t1,a4,a3
80404616:	02d806b3          	mul	a3,a6,a3
8040461a:	02c70733          	mul	a4,a4,a2
8040461e:	02c80833          	mul	a6,a6,a2
80404622:	00d70633          	add	a2,a4,a3
80404626:	01035713          	srl	a4,t1,0x10
8040462a:	9732                	add	a4,a4,a2
8040462c:	00d77363          	bgeu	a4,a3,80404632 <__udivdi3+0x32e>
80404630:	9872                	add	a6,a6,t3
80404632:	01075693          	srl	a3,a4,0x10
80404636:	96c2                	add	a3,a3,a6
80404638:	02d7e063          	bltu	a5,a3,80404658 <__udivdi3+0x354>
8040463c:	d8d797e3          	bne	a5,a3,804043ca <__udivdi3+0xc6>
80404640:	67c1                	lui	a5,0x10
80404642:	17fd                	add	a5,a5,-1 # ffff <_entry-0x803f0001>
80404644:	8f7d                	and	a4,a4,a5
80404646:	0742                	sll	a4,a4,0x10
80404648:	00f37333          	and	t1,t1,a5
8040464c:	00b898b3          	sll	a7,a7,a1
80404650:	971a                	add	a4,a4,t1
80404652:	4581                	li	a1,0
80404654:	d6e8fce3          	bgeu	a7,a4,804043cc <__udivdi3+0xc8>
80404658:	157d                	add	a0,a0,-1 # ffffff <_entry-0x7f400001>
8040465a:	bb85                	j	804043ca <__udivdi3+0xc6>
8040465c:	4581                	li	a1,0
8040465e:	4501                	li	a0,0
80404660:	8082                	ret

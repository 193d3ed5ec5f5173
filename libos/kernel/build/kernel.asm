
build/kernel.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_entry>:
80400000:	10401073          	csrw	sie,zero
80400004:	14001073          	csrw	sscratch,zero
80400008:	0002b117          	auipc	sp,0x2b
8040000c:	08810113          	add	sp,sp,136 # 8042b090 <lru>
80400010:	00027297          	auipc	t0,0x27
80400014:	01028293          	add	t0,t0,16 # 80427020 <unflushed>
80400018:	000ff317          	auipc	t1,0xff
8040001c:	50830313          	add	t1,t1,1288 # 804ff520 <bss_end>
80400020:	0062f663          	bgeu	t0,t1,8040002c <_entry+0x2c>
80400024:	0002a023          	sw	zero,0(t0)
80400028:	0291                	add	t0,t0,4
8040002a:	bfdd                	j	80400020 <_entry+0x20>
8040002c:	394030ef          	jal	804033c0 <main>
80400030:	10500073          	wfi
80400034:	bff5                	j	80400030 <_entry+0x30>

80400036 <bget>:
80400036:	8042b7b7          	lui	a5,0x8042b
8040003a:	1141                	add	sp,sp,-16
8040003c:	09078793          	add	a5,a5,144 # 8042b090 <lru>
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
80400098:	4f8030ef          	jal	80403590 <disk_write>
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
804000c6:	613010ef          	jal	80401ed8 <panic>

804000ca <bio_init>:
804000ca:	8042b6b7          	lui	a3,0x8042b
804000ce:	8042c7b7          	lui	a5,0x8042c
804000d2:	00040637          	lui	a2,0x40
804000d6:	09068713          	add	a4,a3,144 # 8042b090 <lru>
804000da:	0a878793          	add	a5,a5,168 # 8042c0a8 <bufs>
804000de:	60060613          	add	a2,a2,1536 # 40600 <_entry-0x803bfa00>
804000e2:	6585                	lui	a1,0x1
804000e4:	09068513          	add	a0,a3,144
804000e8:	cb18                	sw	a4,16(a4)
804000ea:	963e                	add	a2,a2,a5
804000ec:	09068693          	add	a3,a3,144
804000f0:	05e1                	add	a1,a1,24 # 1018 <_entry-0x803fefe8>
804000f2:	cbd4                	sw	a3,20(a5)
804000f4:	8736                	mv	a4,a3
804000f6:	cb88                	sw	a0,16(a5)
804000f8:	86be                	mv	a3,a5
804000fa:	cb1c                	sw	a5,16(a4)
804000fc:	97ae                	add	a5,a5,a1
804000fe:	fec79ae3          	bne	a5,a2,804000f2 <bio_init+0x28>
80400102:	8046b7b7          	lui	a5,0x8046b
80400106:	69078793          	add	a5,a5,1680 # 8046b690 <bufs+0x3f5e8>
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
8040012c:	01850613          	add	a2,a0,24 # 80405018 <__udivdi3+0xa64>
80400130:	45a1                	li	a1,8
80400132:	00349513          	sll	a0,s1,0x3
80400136:	3e0030ef          	jal	80403516 <disk_read>
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
8040015a:	3b6020ef          	jal	80402510 <memset>
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
80400188:	09078793          	add	a5,a5,144 # 8042b090 <lru>
8040018c:	4bd8                	lw	a4,20(a5)
8040018e:	ca90                	sw	a2,16(a3)
80400190:	c91c                	sw	a5,16(a0)
80400192:	c958                	sw	a4,20(a0)
80400194:	cb08                	sw	a0,16(a4)
80400196:	cbc8                	sw	a0,20(a5)
80400198:	8082                	ret
8040019a:	80405537          	lui	a0,0x80405
8040019e:	1141                	add	sp,sp,-16
804001a0:	02050513          	add	a0,a0,32 # 80405020 <__udivdi3+0xa6c>
804001a4:	c606                	sw	ra,12(sp)
804001a6:	533010ef          	jal	80401ed8 <panic>

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
804001c4:	0a898993          	add	s3,s3,168 # 8042c0a8 <bufs>
804001c8:	6a848493          	add	s1,s1,1704 # 8046c6a8 <cons>
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
80400206:	38a030ef          	jal	80403590 <disk_write>
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
8040022c:	3de030ef          	jal	8040360a <disk_flush>
80400230:	020a2023          	sw	zero,32(s4)
80400234:	b7dd                	j	8040021a <bio_flush+0x70>

80400236 <console_room>:
80400236:	8046c7b7          	lui	a5,0x8046c
8040023a:	6a878793          	add	a5,a5,1704 # 8046c6a8 <cons>
8040023e:	2007a703          	lw	a4,512(a5)
80400242:	2047a503          	lw	a0,516(a5)
80400246:	20070713          	add	a4,a4,512
8040024a:	40a70533          	sub	a0,a4,a0
8040024e:	8082                	ret

80400250 <console_input>:
80400250:	8046c737          	lui	a4,0x8046c
80400254:	6a870693          	add	a3,a4,1704 # 8046c6a8 <cons>
80400258:	2046a783          	lw	a5,516(a3)
8040025c:	862a                	mv	a2,a0
8040025e:	6a870513          	add	a0,a4,1704
80400262:	1ff7f713          	and	a4,a5,511
80400266:	9736                	add	a4,a4,a3
80400268:	0785                	add	a5,a5,1
8040026a:	20f6a223          	sw	a5,516(a3)
8040026e:	00c70023          	sb	a2,0(a4)
80400272:	7b70106f          	j	80402228 <wakeup>

80400276 <console_read>:
80400276:	cdc9                	beqz	a1,80400310 <console_read+0x9a>
80400278:	7179                	add	sp,sp,-48
8040027a:	d226                	sw	s1,36(sp)
8040027c:	8046c4b7          	lui	s1,0x8046c
80400280:	d422                	sw	s0,40(sp)
80400282:	6a848413          	add	s0,s1,1704 # 8046c6a8 <cons>
80400286:	20042783          	lw	a5,512(s0)
8040028a:	20442683          	lw	a3,516(s0)
8040028e:	d04a                	sw	s2,32(sp)
80400290:	ce4e                	sw	s3,28(sp)
80400292:	d606                	sw	ra,44(sp)
80400294:	cc52                	sw	s4,24(sp)
80400296:	892e                	mv	s2,a1
80400298:	89aa                	mv	s3,a0
8040029a:	00f69c63          	bne	a3,a5,804002b2 <console_read+0x3c>
8040029e:	6a848513          	add	a0,s1,1704
804002a2:	6cb010ef          	jal	8040216c <sleep_on>
804002a6:	20042783          	lw	a5,512(s0)
804002aa:	20442683          	lw	a3,516(s0)
804002ae:	fed788e3          	beq	a5,a3,8040029e <console_read+0x28>
804002b2:	4481                	li	s1,0
804002b4:	4a11                	li	s4,4
804002b6:	a82d                	j	804002f0 <console_read+0x7a>
804002b8:	00074703          	lbu	a4,0(a4)
804002bc:	00e107a3          	sb	a4,15(sp)
804002c0:	05470a63          	beq	a4,s4,80400314 <console_read+0x9e>
804002c4:	489010ef          	jal	80401f4c <myproc>
804002c8:	5908                	lw	a0,48(a0)
804002ca:	009985b3          	add	a1,s3,s1
804002ce:	4685                	li	a3,1
804002d0:	00f10613          	add	a2,sp,15
804002d4:	703020ef          	jal	804031d6 <copyout>
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
804002fa:	096040ef          	jal	80404390 <arch_console_rx_resume>
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
8040031e:	072040ef          	jal	80404390 <arch_console_rx_resume>
80400322:	bff1                	j	804002fe <console_read+0x88>
80400324:	f8f9                	bnez	s1,804002fa <console_read+0x84>
80400326:	06a040ef          	jal	80404390 <arch_console_rx_resume>
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
80400358:	3f5010ef          	jal	80401f4c <myproc>
8040035c:	5908                	lw	a0,48(a0)
8040035e:	86ce                	mv	a3,s3
80400360:	012a8633          	add	a2,s5,s2
80400364:	858a                	mv	a1,sp
80400366:	5bb020ef          	jal	80403120 <copyin>
8040036a:	02054163          	bltz	a0,8040038c <console_write+0x5e>
8040036e:	840a                	mv	s0,sp
80400370:	013104b3          	add	s1,sp,s3
80400374:	012a0963          	beq	s4,s2,80400386 <console_write+0x58>
80400378:	00044503          	lbu	a0,0(s0)
8040037c:	0405                	add	s0,s0,1
8040037e:	7f9030ef          	jal	80404376 <arch_console_putc>
80400382:	fe849be3          	bne	s1,s0,80400378 <console_write+0x4a>
80400386:	994e                	add	s2,s2,s3
80400388:	fd4962e3          	bltu	s2,s4,8040034c <console_write+0x1e>
8040038c:	002040ef          	jal	8040438e <arch_console_flush>
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
804003ac:	7e3030ef          	jal	8040438e <arch_console_flush>
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
8040045e:	16e020ef          	jal	804025cc <strncmp>
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
80400490:	03850513          	add	a0,a0,56 # 80405038 <__udivdi3+0xa84>
80400494:	245010ef          	jal	80401ed8 <panic>

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
8040052a:	7e7010ef          	jal	80402510 <memset>
8040052e:	4671                	li	a2,28
80400530:	084c                	add	a1,sp,20
80400532:	1848                	add	a0,sp,52
80400534:	d856                	sw	s5,48(sp)
80400536:	0f2020ef          	jal	80402628 <strlcpy_k>
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
804005a0:	03850513          	add	a0,a0,56 # 80405038 <__udivdi3+0xa84>
804005a4:	135010ef          	jal	80401ed8 <panic>

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
80400664:	6ad010ef          	jal	80402510 <memset>
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
8040072e:	625010ef          	jal	80402552 <memcpy>
80400732:	4501                	li	a0,0
80400734:	000a8da3          	sb	zero,27(s5)
80400738:	bff9                	j	80400716 <fs_readdir+0x8c>
8040073a:	80405537          	lui	a0,0x80405
8040073e:	03850513          	add	a0,a0,56 # 80405038 <__udivdi3+0xa84>
80400742:	796010ef          	jal	80401ed8 <panic>

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
80400788:	5cb010ef          	jal	80402552 <memcpy>
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
804007c6:	54b010ef          	jal	80402510 <memset>
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
804007ec:	4a9010ef          	jal	80402494 <program_find>
804007f0:	2e050763          	beqz	a0,80400ade <proc_spawn+0x340>
804007f4:	4158                	lw	a4,4(a0)
804007f6:	451c                	lw	a5,8(a0)
804007f8:	ca3a                	sw	a4,20(sp)
804007fa:	8f99                	sub	a5,a5,a4
804007fc:	cc3e                	sw	a5,24(sp)
804007fe:	758010ef          	jal	80401f56 <proc_alloc>
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
80400830:	005010ef          	jal	80402034 <proc_free>
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
804008f4:	7dc020ef          	jal	804030d0 <uvm_kva>
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
80400922:	616020ef          	jal	80402f38 <uvm_alloc>
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
8040094e:	089020ef          	jal	804031d6 <copyout>
80400952:	015c2023          	sw	s5,0(s8)
80400956:	842a                	mv	s0,a0
80400958:	0c11                	add	s8,s8,4
8040095a:	0e051763          	bnez	a0,80400a48 <proc_spawn+0x2aa>
8040095e:	00092503          	lw	a0,0(s2)
80400962:	c56d                	beqz	a0,80400a4c <proc_spawn+0x2ae>
80400964:	44f010ef          	jal	804025b2 <strlen>
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
804009da:	55e020ef          	jal	80402f38 <uvm_alloc>
804009de:	6c05                	lui	s8,0x1
804009e0:	842a                	mv	s0,a0
804009e2:	4d01                	li	s10,0
804009e4:	fffc0c93          	add	s9,s8,-1 # fff <_entry-0x803ff001>
804009e8:	cd19                	beqz	a0,80400a06 <proc_spawn+0x268>
804009ea:	a8c5                	j	80400ada <proc_spawn+0x33c>
804009ec:	01b7f363          	bgeu	a5,s11,804009f2 <proc_spawn+0x254>
804009f0:	8dbe                	mv	s11,a5
804009f2:	6de020ef          	jal	804030d0 <uvm_kva>
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
80400a7a:	75c020ef          	jal	804031d6 <copyout>
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
80400ac6:	363010ef          	jal	80402628 <strlcpy_k>
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
80400b0a:	8b478793          	add	a5,a5,-1868 # 8046c8b4 <files+0x4>
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
80400b2c:	8b078793          	add	a5,a5,-1872 # 8046c8b0 <files>
80400b30:	040a                	sll	s0,s0,0x2
80400b32:	943e                	add	s0,s0,a5
80400b34:	8522                	mv	a0,s0
80400b36:	4671                	li	a2,28
80400b38:	4581                	li	a1,0
80400b3a:	1d7010ef          	jal	80402510 <memset>
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
80400ba4:	05850513          	add	a0,a0,88 # 80405058 <__udivdi3+0xaa4>
80400ba8:	330010ef          	jal	80401ed8 <panic>

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
80400c84:	8b078793          	add	a5,a5,-1872 # 8046f8b0 <sb>
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
80400cf8:	07050513          	add	a0,a0,112 # 80405070 <__udivdi3+0xabc>
80400cfc:	1dc010ef          	jal	80401ed8 <panic>
80400d00:	80405537          	lui	a0,0x80405
80400d04:	85ca                	mv	a1,s2
80400d06:	09850513          	add	a0,a0,152 # 80405098 <__udivdi3+0xae4>
80400d0a:	1ce010ef          	jal	80401ed8 <panic>

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
80400d60:	fffc8613          	add	a2,s9,-1 # f401efff <kernel_end+0x73b1efff>
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
80400dde:	6b078513          	add	a0,a5,1712 # 8046e6b0 <inodes>
80400de2:	4701                	li	a4,0
80400de4:	6b078793          	add	a5,a5,1712
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
80400e1a:	8c87a783          	lw	a5,-1848(a5) # 8046f8c8 <sb+0x18>
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
80400e96:	8b090913          	add	s2,s2,-1872 # 8046f8b0 <sb>
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
804010da:	8b040513          	add	a0,s0,-1872 # 8046f8b0 <sb>
804010de:	474010ef          	jal	80402552 <memcpy>
804010e2:	8526                	mv	a0,s1
804010e4:	890ff0ef          	jal	80400174 <brelse>
804010e8:	424020ef          	jal	8040350c <disk_capacity>
804010ec:	8b040793          	add	a5,s0,-1872
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
80401178:	0e450513          	add	a0,a0,228 # 804050e4 <__udivdi3+0xb30>
8040117c:	55d000ef          	jal	80401ed8 <panic>
80401180:	80405537          	lui	a0,0x80405
80401184:	0b850513          	add	a0,a0,184 # 804050b8 <__udivdi3+0xb04>
80401188:	551000ef          	jal	80401ed8 <panic>

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
804011aa:	8c87a783          	lw	a5,-1848(a5) # 8046f8c8 <sb+0x18>
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
80401352:	8bc7a783          	lw	a5,-1860(a5) # 8046f8bc <sb+0xc>
80401356:	00f53533          	sltu	a0,a0,a5
8040135a:	8082                	ret
8040135c:	4501                	li	a0,0
8040135e:	8082                	ret

80401360 <iget>:
80401360:	85aa                	mv	a1,a0
80401362:	c909                	beqz	a0,80401374 <iget+0x14>
80401364:	804707b7          	lui	a5,0x80470
80401368:	8bc7a783          	lw	a5,-1860(a5) # 8046f8bc <sb+0xc>
8040136c:	00f57463          	bgeu	a0,a5,80401374 <iget+0x14>
80401370:	a5fff06f          	j	80400dce <iget.part.0>
80401374:	80405537          	lui	a0,0x80405
80401378:	1141                	add	sp,sp,-16
8040137a:	10c50513          	add	a0,a0,268 # 8040510c <__udivdi3+0xb58>
8040137e:	c606                	sw	ra,12(sp)
80401380:	359000ef          	jal	80401ed8 <panic>

80401384 <istat>:
80401384:	1141                	add	sp,sp,-16
80401386:	8046e7b7          	lui	a5,0x8046e
8040138a:	c422                	sw	s0,8(sp)
8040138c:	c226                	sw	s1,4(sp)
8040138e:	c04a                	sw	s2,0(sp)
80401390:	84b2                	mv	s1,a2
80401392:	c606                	sw	ra,12(sp)
80401394:	6b078613          	add	a2,a5,1712 # 8046e6b0 <inodes>
80401398:	842a                	mv	s0,a0
8040139a:	892e                	mv	s2,a1
8040139c:	6b078793          	add	a5,a5,1712
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
804013e4:	8c87a783          	lw	a5,-1848(a5) # 8046f8c8 <sb+0x18>
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
80401420:	8b048493          	add	s1,s1,-1872 # 8046f8b0 <sb>
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
8040147c:	094010ef          	jal	80402510 <memset>
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
804014a8:	10c50513          	add	a0,a0,268 # 8040510c <__udivdi3+0xb58>
804014ac:	22d000ef          	jal	80401ed8 <panic>

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
804014e8:	028010ef          	jal	80402510 <memset>
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
80401504:	12850513          	add	a0,a0,296 # 80405128 <__udivdi3+0xb74>
80401508:	1d1000ef          	jal	80401ed8 <panic>

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
80401660:	6b0c8613          	add	a2,s9,1712 # 8046d6b0 <zero_block>
80401664:	85ee                	mv	a1,s11
80401666:	e91d                	bnez	a0,8040169c <readi+0xa8>
80401668:	4532                	lw	a0,12(sp)
8040166a:	4f3010ef          	jal	8040335c <either_copyout>
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
804016ae:	4af010ef          	jal	8040335c <either_copyout>
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
80401728:	3f1010ef          	jal	80403318 <either_copyin>
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
8040181a:	4f7000ef          	jal	80402510 <memset>
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
8040185a:	4b7000ef          	jal	80402510 <memset>
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
80401878:	8d478793          	add	a5,a5,-1836 # 8046f8d4 <ranges>
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
804018cc:	14050513          	add	a0,a0,320 # 80405140 <__udivdi3+0xb8c>
804018d0:	c606                	sw	ra,12(sp)
804018d2:	2519                	jal	80401ed8 <panic>

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
804018fc:	8d478793          	add	a5,a5,-1836 # 8046f8d4 <ranges>
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
80401934:	15450513          	add	a0,a0,340 # 80405154 <__udivdi3+0xba0>
80401938:	2345                	jal	80401ed8 <panic>

8040193a <power_off>:
8040193a:	1141                	add	sp,sp,-16
8040193c:	c606                	sw	ra,12(sp)
8040193e:	c422                	sw	s0,8(sp)
80401940:	842a                	mv	s0,a0
80401942:	119000ef          	jal	8040225a <proc_close_all>
80401946:	847ff0ef          	jal	8040118c <fs_mounted>
8040194a:	e501                	bnez	a0,80401952 <power_off+0x18>
8040194c:	8522                	mv	a0,s0
8040194e:	253010ef          	jal	804033a0 <arch_power_off>
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
8040196a:	2b4d                	jal	80401f1c <proc_init>
8040196c:	250010ef          	jal	80402bbc <timer_init>
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
804019d4:	2d4d                	jal	80402086 <scheduler>
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
804019f2:	0611                	add	a2,a2,4 # fffff004 <kernel_end+0x7faff004>
804019f4:	f8e496e3          	bne	s1,a4,80401980 <kernel_run+0x28>
804019f8:	bf79                	j	80401996 <kernel_run+0x3e>
804019fa:	ec4ff0ef          	jal	804010be <fs_init>
804019fe:	b7b5                	j	8040196a <kernel_run+0x12>
80401a00:	4481                	li	s1,0
80401a02:	bf51                	j	80401996 <kernel_run+0x3e>
80401a04:	80405537          	lui	a0,0x80405
80401a08:	1a050513          	add	a0,a0,416 # 804051a0 <__udivdi3+0xbec>
80401a0c:	02000593          	li	a1,32
80401a10:	214d                	jal	80401eb2 <kprintf>
80401a12:	4509                	li	a0,2
80401a14:	371d                	jal	8040193a <power_off>
80401a16:	45b2                	lw	a1,12(sp)
80401a18:	80405537          	lui	a0,0x80405
80401a1c:	1d050513          	add	a0,a0,464 # 804051d0 <__udivdi3+0xc1c>
80401a20:	2949                	jal	80401eb2 <kprintf>
80401a22:	07f00513          	li	a0,127
80401a26:	3f11                	jal	8040193a <power_off>
80401a28:	80405537          	lui	a0,0x80405
80401a2c:	16c50513          	add	a0,a0,364 # 8040516c <__udivdi3+0xbb8>
80401a30:	2149                	jal	80401eb2 <kprintf>
80401a32:	80405437          	lui	s0,0x80405
80401a36:	a031                	j	80401a42 <kernel_run+0xea>
80401a38:	438c                	lw	a1,0(a5)
80401a3a:	19840513          	add	a0,s0,408 # 80405198 <__udivdi3+0xbe4>
80401a3e:	0485                	add	s1,s1,1
80401a40:	298d                	jal	80401eb2 <kprintf>
80401a42:	8526                	mv	a0,s1
80401a44:	2af000ef          	jal	804024f2 <program_at>
80401a48:	87aa                	mv	a5,a0
80401a4a:	f57d                	bnez	a0,80401a38 <kernel_run+0xe0>
80401a4c:	80405537          	lui	a0,0x80405
80401a50:	19c50513          	add	a0,a0,412 # 8040519c <__udivdi3+0xbe8>
80401a54:	29b9                	jal	80401eb2 <kprintf>
80401a56:	4509                	li	a0,2
80401a58:	35cd                	jal	8040193a <power_off>
80401a5a:	45b2                	lw	a1,12(sp)
80401a5c:	80405537          	lui	a0,0x80405
80401a60:	1e850513          	add	a0,a0,488 # 804051e8 <__udivdi3+0xc34>
80401a64:	40c00633          	neg	a2,a2
80401a68:	21a9                	jal	80401eb2 <kprintf>
80401a6a:	07e00513          	li	a0,126
80401a6e:	35f1                	jal	8040193a <power_off>

80401a70 <net_input>:
80401a70:	fff58713          	add	a4,a1,-1
80401a74:	5e900793          	li	a5,1513
80401a78:	08e7e963          	bltu	a5,a4,80401b0a <net_input+0x9a>
80401a7c:	1101                	add	sp,sp,-32
80401a7e:	c64e                	sw	s3,12(sp)
80401a80:	c452                	sw	s4,8(sp)
80401a82:	804279b7          	lui	s3,0x80427
80401a86:	80427a37          	lui	s4,0x80427
80401a8a:	03c9a783          	lw	a5,60(s3) # 8042703c <rxq_tail>
80401a8e:	040a2703          	lw	a4,64(s4) # 80427040 <rxq_head>
80401a92:	ce06                	sw	ra,28(sp)
80401a94:	cc22                	sw	s0,24(sp)
80401a96:	ca26                	sw	s1,20(sp)
80401a98:	c84a                	sw	s2,16(sp)
80401a9a:	46fd                	li	a3,31
80401a9c:	40e78733          	sub	a4,a5,a4
80401aa0:	02e6f163          	bgeu	a3,a4,80401ac2 <net_input+0x52>
80401aa4:	80427737          	lui	a4,0x80427
80401aa8:	03872783          	lw	a5,56(a4) # 80427038 <rxq_dropped>
80401aac:	40f2                	lw	ra,28(sp)
80401aae:	4462                	lw	s0,24(sp)
80401ab0:	0785                	add	a5,a5,1
80401ab2:	02f72c23          	sw	a5,56(a4)
80401ab6:	44d2                	lw	s1,20(sp)
80401ab8:	4942                	lw	s2,16(sp)
80401aba:	49b2                	lw	s3,12(sp)
80401abc:	4a22                	lw	s4,8(sp)
80401abe:	6105                	add	sp,sp,32
80401ac0:	8082                	ret
80401ac2:	8bfd                	and	a5,a5,31
80401ac4:	5f000713          	li	a4,1520
80401ac8:	02e784b3          	mul	s1,a5,a4
80401acc:	80470937          	lui	s2,0x80470
80401ad0:	842e                	mv	s0,a1
80401ad2:	ed090913          	add	s2,s2,-304 # 8046fed0 <rxq>
80401ad6:	862e                	mv	a2,a1
80401ad8:	85aa                	mv	a1,a0
80401ada:	00448513          	add	a0,s1,4
80401ade:	954a                	add	a0,a0,s2
80401ae0:	273000ef          	jal	80402552 <memcpy>
80401ae4:	03c9a783          	lw	a5,60(s3)
80401ae8:	9926                	add	s2,s2,s1
80401aea:	00892023          	sw	s0,0(s2)
80401aee:	0785                	add	a5,a5,1
80401af0:	4462                	lw	s0,24(sp)
80401af2:	40f2                	lw	ra,28(sp)
80401af4:	44d2                	lw	s1,20(sp)
80401af6:	4942                	lw	s2,16(sp)
80401af8:	02f9ae23          	sw	a5,60(s3)
80401afc:	040a0513          	add	a0,s4,64
80401b00:	49b2                	lw	s3,12(sp)
80401b02:	4a22                	lw	s4,8(sp)
80401b04:	6105                	add	sp,sp,32
80401b06:	7220006f          	j	80402228 <wakeup>
80401b0a:	80427737          	lui	a4,0x80427
80401b0e:	03872783          	lw	a5,56(a4) # 80427038 <rxq_dropped>
80401b12:	0785                	add	a5,a5,1
80401b14:	02f72c23          	sw	a5,56(a4)
80401b18:	8082                	ret

80401b1a <sys_netinfo>:
80401b1a:	1141                	add	sp,sp,-16
80401b1c:	c606                	sw	ra,12(sp)
80401b1e:	c422                	sw	s0,8(sp)
80401b20:	c226                	sw	s1,4(sp)
80401b22:	57c020ef          	jal	8040409e <arch_net_mac>
80401b26:	c905                	beqz	a0,80401b56 <sys_netinfo+0x3c>
80401b28:	842a                	mv	s0,a0
80401b2a:	210d                	jal	80401f4c <myproc>
80401b2c:	5904                	lw	s1,48(a0)
80401b2e:	4501                	li	a0,0
80401b30:	373000ef          	jal	804026a2 <arg_raw>
80401b34:	85aa                	mv	a1,a0
80401b36:	4699                	li	a3,6
80401b38:	8622                	mv	a2,s0
80401b3a:	8526                	mv	a0,s1
80401b3c:	69a010ef          	jal	804031d6 <copyout>
80401b40:	87aa                	mv	a5,a0
80401b42:	4501                	li	a0,0
80401b44:	0007c763          	bltz	a5,80401b52 <sys_netinfo+0x38>
80401b48:	40b2                	lw	ra,12(sp)
80401b4a:	4422                	lw	s0,8(sp)
80401b4c:	4492                	lw	s1,4(sp)
80401b4e:	0141                	add	sp,sp,16
80401b50:	8082                	ret
80401b52:	5549                	li	a0,-14
80401b54:	bfd5                	j	80401b48 <sys_netinfo+0x2e>
80401b56:	5535                	li	a0,-19
80401b58:	bfc5                	j	80401b48 <sys_netinfo+0x2e>

80401b5a <sys_netsend>:
80401b5a:	1141                	add	sp,sp,-16
80401b5c:	c606                	sw	ra,12(sp)
80401b5e:	c422                	sw	s0,8(sp)
80401b60:	c226                	sw	s1,4(sp)
80401b62:	c04a                	sw	s2,0(sp)
80401b64:	53a020ef          	jal	8040409e <arch_net_mac>
80401b68:	c931                	beqz	a0,80401bbc <sys_netsend+0x62>
80401b6a:	4505                	li	a0,1
80401b6c:	337000ef          	jal	804026a2 <arg_raw>
80401b70:	ff250713          	add	a4,a0,-14
80401b74:	5dc00793          	li	a5,1500
80401b78:	842a                	mv	s0,a0
80401b7a:	04e7e363          	bltu	a5,a4,80401bc0 <sys_netsend+0x66>
80401b7e:	26f9                	jal	80401f4c <myproc>
80401b80:	03052903          	lw	s2,48(a0)
80401b84:	4501                	li	a0,0
80401b86:	31d000ef          	jal	804026a2 <arg_raw>
80401b8a:	804704b7          	lui	s1,0x80470
80401b8e:	862a                	mv	a2,a0
80401b90:	86a2                	mv	a3,s0
80401b92:	8e448593          	add	a1,s1,-1820 # 8046f8e4 <tx_frame>
80401b96:	854a                	mv	a0,s2
80401b98:	588010ef          	jal	80403120 <copyin>
80401b9c:	02054463          	bltz	a0,80401bc4 <sys_netsend+0x6a>
80401ba0:	85a2                	mv	a1,s0
80401ba2:	8e448513          	add	a0,s1,-1820
80401ba6:	50e020ef          	jal	804040b4 <arch_net_send>
80401baa:	00054963          	bltz	a0,80401bbc <sys_netsend+0x62>
80401bae:	8522                	mv	a0,s0
80401bb0:	40b2                	lw	ra,12(sp)
80401bb2:	4422                	lw	s0,8(sp)
80401bb4:	4492                	lw	s1,4(sp)
80401bb6:	4902                	lw	s2,0(sp)
80401bb8:	0141                	add	sp,sp,16
80401bba:	8082                	ret
80401bbc:	5535                	li	a0,-19
80401bbe:	bfcd                	j	80401bb0 <sys_netsend+0x56>
80401bc0:	5529                	li	a0,-22
80401bc2:	b7fd                	j	80401bb0 <sys_netsend+0x56>
80401bc4:	5549                	li	a0,-14
80401bc6:	b7ed                	j	80401bb0 <sys_netsend+0x56>

80401bc8 <sys_netrecv>:
80401bc8:	1101                	add	sp,sp,-32
80401bca:	ce06                	sw	ra,28(sp)
80401bcc:	cc22                	sw	s0,24(sp)
80401bce:	ca26                	sw	s1,20(sp)
80401bd0:	c84a                	sw	s2,16(sp)
80401bd2:	c64e                	sw	s3,12(sp)
80401bd4:	c452                	sw	s4,8(sp)
80401bd6:	c256                	sw	s5,4(sp)
80401bd8:	4c6020ef          	jal	8040409e <arch_net_mac>
80401bdc:	0e050b63          	beqz	a0,80401cd2 <sys_netrecv+0x10a>
80401be0:	4501                	li	a0,0
80401be2:	2c1000ef          	jal	804026a2 <arg_raw>
80401be6:	89aa                	mv	s3,a0
80401be8:	4505                	li	a0,1
80401bea:	2b9000ef          	jal	804026a2 <arg_raw>
80401bee:	8a2a                	mv	s4,a0
80401bf0:	c8102473          	rdtimeh	s0
80401bf4:	c01024f3          	rdtime	s1
80401bf8:	c81027f3          	rdtimeh	a5
80401bfc:	fef41ae3          	bne	s0,a5,80401bf0 <sys_netrecv+0x28>
80401c00:	4509                	li	a0,2
80401c02:	2a1000ef          	jal	804026a2 <arg_raw>
80401c06:	6689                	lui	a3,0x2
80401c08:	71068693          	add	a3,a3,1808 # 2710 <_entry-0x803fd8f0>
80401c0c:	02d507b3          	mul	a5,a0,a3
80401c10:	80427937          	lui	s2,0x80427
80401c14:	80427ab7          	lui	s5,0x80427
80401c18:	04092703          	lw	a4,64(s2) # 80427040 <rxq_head>
80401c1c:	03caa603          	lw	a2,60(s5) # 8042703c <rxq_tail>
80401c20:	02d536b3          	mulhu	a3,a0,a3
80401c24:	94be                	add	s1,s1,a5
80401c26:	00f4b7b3          	sltu	a5,s1,a5
80401c2a:	96a2                	add	a3,a3,s0
80401c2c:	00d78433          	add	s0,a5,a3
80401c30:	02c71763          	bne	a4,a2,80401c5e <sys_netrecv+0x96>
80401c34:	c81027f3          	rdtimeh	a5
80401c38:	c01026f3          	rdtime	a3
80401c3c:	c8102773          	rdtimeh	a4
80401c40:	fee79ae3          	bne	a5,a4,80401c34 <sys_netrecv+0x6c>
80401c44:	85a6                	mv	a1,s1
80401c46:	8622                	mv	a2,s0
80401c48:	04090513          	add	a0,s2,64
80401c4c:	0487fc63          	bgeu	a5,s0,80401ca4 <sys_netrecv+0xdc>
80401c50:	2b81                	jal	804021a0 <sleep_until>
80401c52:	04092703          	lw	a4,64(s2)
80401c56:	03caa783          	lw	a5,60(s5)
80401c5a:	fcf70de3          	beq	a4,a5,80401c34 <sys_netrecv+0x6c>
80401c5e:	01f77413          	and	s0,a4,31
80401c62:	5f000793          	li	a5,1520
80401c66:	02f407b3          	mul	a5,s0,a5
80401c6a:	80470ab7          	lui	s5,0x80470
80401c6e:	ed0a8a93          	add	s5,s5,-304 # 8046fed0 <rxq>
80401c72:	97d6                	add	a5,a5,s5
80401c74:	4384                	lw	s1,0(a5)
80401c76:	0344e363          	bltu	s1,s4,80401c9c <sys_netrecv+0xd4>
80401c7a:	020a1b63          	bnez	s4,80401cb0 <sys_netrecv+0xe8>
80401c7e:	04092783          	lw	a5,64(s2)
80401c82:	8526                	mv	a0,s1
80401c84:	0785                	add	a5,a5,1
80401c86:	04f92023          	sw	a5,64(s2)
80401c8a:	40f2                	lw	ra,28(sp)
80401c8c:	4462                	lw	s0,24(sp)
80401c8e:	44d2                	lw	s1,20(sp)
80401c90:	4942                	lw	s2,16(sp)
80401c92:	49b2                	lw	s3,12(sp)
80401c94:	4a22                	lw	s4,8(sp)
80401c96:	4a92                	lw	s5,4(sp)
80401c98:	6105                	add	sp,sp,32
80401c9a:	8082                	ret
80401c9c:	8a26                	mv	s4,s1
80401c9e:	fe0a00e3          	beqz	s4,80401c7e <sys_netrecv+0xb6>
80401ca2:	a039                	j	80401cb0 <sys_netrecv+0xe8>
80401ca4:	00f41463          	bne	s0,a5,80401cac <sys_netrecv+0xe4>
80401ca8:	fa96e4e3          	bltu	a3,s1,80401c50 <sys_netrecv+0x88>
80401cac:	4501                	li	a0,0
80401cae:	bff1                	j	80401c8a <sys_netrecv+0xc2>
80401cb0:	2c71                	jal	80401f4c <myproc>
80401cb2:	5f000793          	li	a5,1520
80401cb6:	02f40733          	mul	a4,s0,a5
80401cba:	5908                	lw	a0,48(a0)
80401cbc:	86d2                	mv	a3,s4
80401cbe:	85ce                	mv	a1,s3
80401cc0:	0711                	add	a4,a4,4
80401cc2:	00ea8633          	add	a2,s5,a4
80401cc6:	510010ef          	jal	804031d6 <copyout>
80401cca:	fa055ae3          	bgez	a0,80401c7e <sys_netrecv+0xb6>
80401cce:	5549                	li	a0,-14
80401cd0:	bf6d                	j	80401c8a <sys_netrecv+0xc2>
80401cd2:	5535                	li	a0,-19
80401cd4:	bf5d                	j	80401c8a <sys_netrecv+0xc2>

80401cd6 <print_uint>:
80401cd6:	7179                	add	sp,sp,-48
80401cd8:	ce4e                	sw	s3,28(sp)
80401cda:	89b2                	mv	s3,a2
80401cdc:	80405637          	lui	a2,0x80405
80401ce0:	d422                	sw	s0,40(sp)
80401ce2:	d04a                	sw	s2,32(sp)
80401ce4:	cc52                	sw	s4,24(sp)
80401ce6:	d606                	sw	ra,44(sp)
80401ce8:	d226                	sw	s1,36(sp)
80401cea:	8a36                	mv	s4,a3
80401cec:	4401                	li	s0,0
80401cee:	00410913          	add	s2,sp,4
80401cf2:	20c60613          	add	a2,a2,524 # 8040520c <__udivdi3+0xc58>
80401cf6:	02b577b3          	remu	a5,a0,a1
80401cfa:	0405                	add	s0,s0,1
80401cfc:	008904b3          	add	s1,s2,s0
80401d00:	872a                	mv	a4,a0
80401d02:	97b2                	add	a5,a5,a2
80401d04:	0007c783          	lbu	a5,0(a5)
80401d08:	02b55533          	divu	a0,a0,a1
80401d0c:	fef48fa3          	sb	a5,-1(s1)
80401d10:	feb773e3          	bgeu	a4,a1,80401cf6 <print_uint+0x20>
80401d14:	01345863          	bge	s0,s3,80401d24 <print_uint+0x4e>
80401d18:	0405                	add	s0,s0,1
80401d1a:	8552                	mv	a0,s4
80401d1c:	65a020ef          	jal	80404376 <arch_console_putc>
80401d20:	fe899ce3          	bne	s3,s0,80401d18 <print_uint+0x42>
80401d24:	fff4c503          	lbu	a0,-1(s1)
80401d28:	14fd                	add	s1,s1,-1
80401d2a:	64c020ef          	jal	80404376 <arch_console_putc>
80401d2e:	fe991be3          	bne	s2,s1,80401d24 <print_uint+0x4e>
80401d32:	50b2                	lw	ra,44(sp)
80401d34:	5422                	lw	s0,40(sp)
80401d36:	5492                	lw	s1,36(sp)
80401d38:	5902                	lw	s2,32(sp)
80401d3a:	49f2                	lw	s3,28(sp)
80401d3c:	4a62                	lw	s4,24(sp)
80401d3e:	6145                	add	sp,sp,48
80401d40:	8082                	ret

80401d42 <vkprintf>:
80401d42:	7139                	add	sp,sp,-64
80401d44:	cc62                	sw	s8,24(sp)
80401d46:	de06                	sw	ra,60(sp)
80401d48:	dc22                	sw	s0,56(sp)
80401d4a:	da26                	sw	s1,52(sp)
80401d4c:	d84a                	sw	s2,48(sp)
80401d4e:	d64e                	sw	s3,44(sp)
80401d50:	d452                	sw	s4,40(sp)
80401d52:	d256                	sw	s5,36(sp)
80401d54:	d05a                	sw	s6,32(sp)
80401d56:	ce5e                	sw	s7,28(sp)
80401d58:	8c2a                	mv	s8,a0
80401d5a:	00054503          	lbu	a0,0(a0)
80401d5e:	c515                	beqz	a0,80401d8a <vkprintf+0x48>
80401d60:	80405ab7          	lui	s5,0x80405
80401d64:	89ae                	mv	s3,a1
80401d66:	02500913          	li	s2,37
80401d6a:	03000a13          	li	s4,48
80401d6e:	4ba5                	li	s7,9
80401d70:	4b55                	li	s6,21
80401d72:	228a8a93          	add	s5,s5,552 # 80405228 <__udivdi3+0xc74>
80401d76:	03250663          	beq	a0,s2,80401da2 <vkprintf+0x60>
80401d7a:	5fc020ef          	jal	80404376 <arch_console_putc>
80401d7e:	8462                	mv	s0,s8
80401d80:	00144503          	lbu	a0,1(s0)
80401d84:	00140c13          	add	s8,s0,1
80401d88:	f57d                	bnez	a0,80401d76 <vkprintf+0x34>
80401d8a:	50f2                	lw	ra,60(sp)
80401d8c:	5462                	lw	s0,56(sp)
80401d8e:	54d2                	lw	s1,52(sp)
80401d90:	5942                	lw	s2,48(sp)
80401d92:	59b2                	lw	s3,44(sp)
80401d94:	5a22                	lw	s4,40(sp)
80401d96:	5a92                	lw	s5,36(sp)
80401d98:	5b02                	lw	s6,32(sp)
80401d9a:	4bf2                	lw	s7,28(sp)
80401d9c:	4c62                	lw	s8,24(sp)
80401d9e:	6121                	add	sp,sp,64
80401da0:	8082                	ret
80401da2:	001c4483          	lbu	s1,1(s8)
80401da6:	001c0413          	add	s0,s8,1
80401daa:	02000693          	li	a3,32
80401dae:	01449863          	bne	s1,s4,80401dbe <vkprintf+0x7c>
80401db2:	002c4483          	lbu	s1,2(s8)
80401db6:	002c0413          	add	s0,s8,2
80401dba:	03000693          	li	a3,48
80401dbe:	fd048713          	add	a4,s1,-48
80401dc2:	0ff77793          	zext.b	a5,a4
80401dc6:	4601                	li	a2,0
80401dc8:	02fbe163          	bltu	s7,a5,80401dea <vkprintf+0xa8>
80401dcc:	00144483          	lbu	s1,1(s0)
80401dd0:	00261793          	sll	a5,a2,0x2
80401dd4:	97b2                	add	a5,a5,a2
80401dd6:	0786                	sll	a5,a5,0x1
80401dd8:	00f70633          	add	a2,a4,a5
80401ddc:	fd048713          	add	a4,s1,-48
80401de0:	0ff77793          	zext.b	a5,a4
80401de4:	0405                	add	s0,s0,1
80401de6:	fefbf3e3          	bgeu	s7,a5,80401dcc <vkprintf+0x8a>
80401dea:	d0c5                	beqz	s1,80401d8a <vkprintf+0x48>
80401dec:	01248c63          	beq	s1,s2,80401e04 <vkprintf+0xc2>
80401df0:	f9d48793          	add	a5,s1,-99
80401df4:	0ff7f793          	zext.b	a5,a5
80401df8:	00fb6b63          	bltu	s6,a5,80401e0e <vkprintf+0xcc>
80401dfc:	078a                	sll	a5,a5,0x2
80401dfe:	97d6                	add	a5,a5,s5
80401e00:	439c                	lw	a5,0(a5)
80401e02:	8782                	jr	a5
80401e04:	02500513          	li	a0,37
80401e08:	56e020ef          	jal	80404376 <arch_console_putc>
80401e0c:	bf95                	j	80401d80 <vkprintf+0x3e>
80401e0e:	02500513          	li	a0,37
80401e12:	564020ef          	jal	80404376 <arch_console_putc>
80401e16:	8526                	mv	a0,s1
80401e18:	55e020ef          	jal	80404376 <arch_console_putc>
80401e1c:	b795                	j	80401d80 <vkprintf+0x3e>
80401e1e:	0009a503          	lw	a0,0(s3)
80401e22:	45c1                	li	a1,16
80401e24:	0991                	add	s3,s3,4
80401e26:	3d45                	jal	80401cd6 <print_uint>
80401e28:	bfa1                	j	80401d80 <vkprintf+0x3e>
80401e2a:	0009a503          	lw	a0,0(s3)
80401e2e:	45a9                	li	a1,10
80401e30:	0991                	add	s3,s3,4
80401e32:	bfd5                	j	80401e26 <vkprintf+0xe4>
80401e34:	0009a483          	lw	s1,0(s3)
80401e38:	0991                	add	s3,s3,4
80401e3a:	e489                	bnez	s1,80401e44 <vkprintf+0x102>
80401e3c:	a0a5                	j	80401ea4 <vkprintf+0x162>
80401e3e:	0485                	add	s1,s1,1
80401e40:	536020ef          	jal	80404376 <arch_console_putc>
80401e44:	0004c503          	lbu	a0,0(s1)
80401e48:	f97d                	bnez	a0,80401e3e <vkprintf+0xfc>
80401e4a:	bf1d                	j	80401d80 <vkprintf+0x3e>
80401e4c:	03000513          	li	a0,48
80401e50:	526020ef          	jal	80404376 <arch_console_putc>
80401e54:	07800513          	li	a0,120
80401e58:	51e020ef          	jal	80404376 <arch_console_putc>
80401e5c:	0009a503          	lw	a0,0(s3)
80401e60:	03000693          	li	a3,48
80401e64:	0991                	add	s3,s3,4
80401e66:	4621                	li	a2,8
80401e68:	45c1                	li	a1,16
80401e6a:	bf75                	j	80401e26 <vkprintf+0xe4>
80401e6c:	0009a483          	lw	s1,0(s3)
80401e70:	0991                	add	s3,s3,4
80401e72:	0004cc63          	bltz	s1,80401e8a <vkprintf+0x148>
80401e76:	45a9                	li	a1,10
80401e78:	8526                	mv	a0,s1
80401e7a:	3db1                	jal	80401cd6 <print_uint>
80401e7c:	b711                	j	80401d80 <vkprintf+0x3e>
80401e7e:	0009a503          	lw	a0,0(s3)
80401e82:	0991                	add	s3,s3,4
80401e84:	4f2020ef          	jal	80404376 <arch_console_putc>
80401e88:	bde5                	j	80401d80 <vkprintf+0x3e>
80401e8a:	02d00513          	li	a0,45
80401e8e:	c636                	sw	a3,12(sp)
80401e90:	c432                	sw	a2,8(sp)
80401e92:	4e4020ef          	jal	80404376 <arch_console_putc>
80401e96:	46b2                	lw	a3,12(sp)
80401e98:	4622                	lw	a2,8(sp)
80401e9a:	45a9                	li	a1,10
80401e9c:	40900533          	neg	a0,s1
80401ea0:	3d1d                	jal	80401cd6 <print_uint>
80401ea2:	bdf9                	j	80401d80 <vkprintf+0x3e>
80401ea4:	804054b7          	lui	s1,0x80405
80401ea8:	02800513          	li	a0,40
80401eac:	22048493          	add	s1,s1,544 # 80405220 <__udivdi3+0xc6c>
80401eb0:	b779                	j	80401e3e <vkprintf+0xfc>

80401eb2 <kprintf>:
80401eb2:	7139                	add	sp,sp,-64
80401eb4:	02410313          	add	t1,sp,36
80401eb8:	d22e                	sw	a1,36(sp)
80401eba:	859a                	mv	a1,t1
80401ebc:	ce06                	sw	ra,28(sp)
80401ebe:	d432                	sw	a2,40(sp)
80401ec0:	d636                	sw	a3,44(sp)
80401ec2:	d83a                	sw	a4,48(sp)
80401ec4:	da3e                	sw	a5,52(sp)
80401ec6:	dc42                	sw	a6,56(sp)
80401ec8:	de46                	sw	a7,60(sp)
80401eca:	c61a                	sw	t1,12(sp)
80401ecc:	3d9d                	jal	80401d42 <vkprintf>
80401ece:	4c0020ef          	jal	8040438e <arch_console_flush>
80401ed2:	40f2                	lw	ra,28(sp)
80401ed4:	6121                	add	sp,sp,64
80401ed6:	8082                	ret

80401ed8 <panic>:
80401ed8:	7139                	add	sp,sp,-64
80401eda:	cc22                	sw	s0,24(sp)
80401edc:	da3e                	sw	a5,52(sp)
80401ede:	ce06                	sw	ra,28(sp)
80401ee0:	842a                	mv	s0,a0
80401ee2:	d22e                	sw	a1,36(sp)
80401ee4:	d432                	sw	a2,40(sp)
80401ee6:	d636                	sw	a3,44(sp)
80401ee8:	d83a                	sw	a4,48(sp)
80401eea:	dc42                	sw	a6,56(sp)
80401eec:	de46                	sw	a7,60(sp)
80401eee:	4789                	li	a5,2
80401ef0:	1007b073          	csrc	sstatus,a5
80401ef4:	80405537          	lui	a0,0x80405
80401ef8:	28050513          	add	a0,a0,640 # 80405280 <__udivdi3+0xccc>
80401efc:	3f5d                	jal	80401eb2 <kprintf>
80401efe:	104c                	add	a1,sp,36
80401f00:	8522                	mv	a0,s0
80401f02:	c62e                	sw	a1,12(sp)
80401f04:	3d3d                	jal	80401d42 <vkprintf>
80401f06:	4529                	li	a0,10
80401f08:	46e020ef          	jal	80404376 <arch_console_putc>
80401f0c:	482020ef          	jal	8040438e <arch_console_flush>
80401f10:	4a6010ef          	jal	804033b6 <arch_crash>

80401f14 <proc_first_run>:
80401f14:	1141                	add	sp,sp,-16
80401f16:	c606                	sw	ra,12(sp)
80401f18:	611000ef          	jal	80402d28 <user_trap_return>

80401f1c <proc_init>:
80401f1c:	804fc6b7          	lui	a3,0x804fc
80401f20:	660d                	lui	a2,0x3
80401f22:	03c60613          	add	a2,a2,60 # 303c <_entry-0x803fcfc4>
80401f26:	8047c737          	lui	a4,0x8047c
80401f2a:	804fc7b7          	lui	a5,0x804fc
80401f2e:	d1068693          	add	a3,a3,-752 # 804fbd10 <procs>
80401f32:	96b2                	add	a3,a3,a2
80401f34:	d1070713          	add	a4,a4,-752 # 8047bd10 <kstacks>
80401f38:	d4c78793          	add	a5,a5,-692 # 804fbd4c <procs+0x3c>
80401f3c:	6609                	lui	a2,0x2
80401f3e:	c398                	sw	a4,0(a5)
80401f40:	0c078793          	add	a5,a5,192
80401f44:	9732                	add	a4,a4,a2
80401f46:	fed79ce3          	bne	a5,a3,80401f3e <proc_init+0x22>
80401f4a:	8082                	ret

80401f4c <myproc>:
80401f4c:	804277b7          	lui	a5,0x80427
80401f50:	0487a503          	lw	a0,72(a5) # 80427048 <current>
80401f54:	8082                	ret

80401f56 <proc_alloc>:
80401f56:	1101                	add	sp,sp,-32
80401f58:	804fc7b7          	lui	a5,0x804fc
80401f5c:	cc22                	sw	s0,24(sp)
80401f5e:	c64e                	sw	s3,12(sp)
80401f60:	ce06                	sw	ra,28(sp)
80401f62:	d1078993          	add	s3,a5,-752 # 804fbd10 <procs>
80401f66:	ca26                	sw	s1,20(sp)
80401f68:	c84a                	sw	s2,16(sp)
80401f6a:	c452                	sw	s4,8(sp)
80401f6c:	d1078793          	add	a5,a5,-752
80401f70:	4401                	li	s0,0
80401f72:	04000693          	li	a3,64
80401f76:	4398                	lw	a4,0(a5)
80401f78:	0c078793          	add	a5,a5,192
80401f7c:	e75d                	bnez	a4,8040202a <proc_alloc+0xd4>
80401f7e:	058020ef          	jal	80403fd6 <uvm_create>
80401f82:	00141793          	sll	a5,s0,0x1
80401f86:	008784b3          	add	s1,a5,s0
80401f8a:	049a                	sll	s1,s1,0x6
80401f8c:	00998933          	add	s2,s3,s1
80401f90:	02a92823          	sw	a0,48(s2)
80401f94:	cd51                	beqz	a0,80402030 <proc_alloc+0xda>
80401f96:	80427637          	lui	a2,0x80427
80401f9a:	01c62703          	lw	a4,28(a2) # 8042701c <next_pid>
80401f9e:	4685                	li	a3,1
80401fa0:	4801                	li	a6,0
80401fa2:	00170593          	add	a1,a4,1
80401fa6:	4881                	li	a7,0
80401fa8:	00d92023          	sw	a3,0(s2)
80401fac:	03092423          	sw	a6,40(s2)
80401fb0:	03192623          	sw	a7,44(s2)
80401fb4:	00b62e23          	sw	a1,28(a2)
80401fb8:	00e92223          	sw	a4,4(s2)
80401fbc:	8a4a                	mv	s4,s2
80401fbe:	00d71663          	bne	a4,a3,80401fca <proc_alloc+0x74>
80401fc2:	80427737          	lui	a4,0x80427
80401fc6:	05272223          	sw	s2,68(a4) # 80427044 <init_proc>
80401fca:	943e                	add	s0,s0,a5
80401fcc:	041a                	sll	s0,s0,0x6
80401fce:	944e                	add	s0,s0,s3
80401fd0:	5c48                	lw	a0,60(s0)
80401fd2:	6789                	lui	a5,0x2
80401fd4:	f7078793          	add	a5,a5,-144 # 1f70 <_entry-0x803fe090>
80401fd8:	953e                	add	a0,a0,a5
80401fda:	09000613          	li	a2,144
80401fde:	4581                	li	a1,0
80401fe0:	c028                	sw	a0,64(s0)
80401fe2:	233d                	jal	80402510 <memset>
80401fe4:	04448513          	add	a0,s1,68
80401fe8:	03800613          	li	a2,56
80401fec:	4581                	li	a1,0
80401fee:	954e                	add	a0,a0,s3
80401ff0:	2305                	jal	80402510 <memset>
80401ff2:	4038                	lw	a4,64(s0)
80401ff4:	804027b7          	lui	a5,0x80402
80401ff8:	f1478793          	add	a5,a5,-236 # 80401f14 <proc_first_run>
80401ffc:	c07c                	sw	a5,68(s0)
80401ffe:	c438                	sw	a4,72(s0)
80402000:	448d                	li	s1,3
80402002:	4401                	li	s0,0
80402004:	af3fe0ef          	jal	80400af6 <file_console>
80402008:	b51fe0ef          	jal	80400b58 <file_dup>
8040200c:	06a92e23          	sw	a0,124(s2)
80402010:	0405                	add	s0,s0,1
80402012:	0911                	add	s2,s2,4
80402014:	fe9418e3          	bne	s0,s1,80402004 <proc_alloc+0xae>
80402018:	40f2                	lw	ra,28(sp)
8040201a:	4462                	lw	s0,24(sp)
8040201c:	44d2                	lw	s1,20(sp)
8040201e:	4942                	lw	s2,16(sp)
80402020:	49b2                	lw	s3,12(sp)
80402022:	8552                	mv	a0,s4
80402024:	4a22                	lw	s4,8(sp)
80402026:	6105                	add	sp,sp,32
80402028:	8082                	ret
8040202a:	0405                	add	s0,s0,1
8040202c:	f4d415e3          	bne	s0,a3,80401f76 <proc_alloc+0x20>
80402030:	4a01                	li	s4,0
80402032:	b7dd                	j	80402018 <proc_alloc+0xc2>

80402034 <proc_free>:
80402034:	1141                	add	sp,sp,-16
80402036:	c422                	sw	s0,8(sp)
80402038:	c226                	sw	s1,4(sp)
8040203a:	c04a                	sw	s2,0(sp)
8040203c:	c606                	sw	ra,12(sp)
8040203e:	892a                	mv	s2,a0
80402040:	07c50413          	add	s0,a0,124
80402044:	0bc50493          	add	s1,a0,188
80402048:	4008                	lw	a0,0(s0)
8040204a:	c509                	beqz	a0,80402054 <proc_free+0x20>
8040204c:	b15fe0ef          	jal	80400b60 <file_close>
80402050:	00042023          	sw	zero,0(s0)
80402054:	0411                	add	s0,s0,4
80402056:	fe9419e3          	bne	s0,s1,80402048 <proc_free+0x14>
8040205a:	03092503          	lw	a0,48(s2)
8040205e:	c119                	beqz	a0,80402064 <proc_free+0x30>
80402060:	64f000ef          	jal	80402eae <uvm_free>
80402064:	03c92403          	lw	s0,60(s2)
80402068:	854a                	mv	a0,s2
8040206a:	0c000613          	li	a2,192
8040206e:	4581                	li	a1,0
80402070:	2145                	jal	80402510 <memset>
80402072:	40b2                	lw	ra,12(sp)
80402074:	02892e23          	sw	s0,60(s2)
80402078:	4422                	lw	s0,8(sp)
8040207a:	00092023          	sw	zero,0(s2)
8040207e:	4492                	lw	s1,4(sp)
80402080:	4902                	lw	s2,0(sp)
80402082:	0141                	add	sp,sp,16
80402084:	8082                	ret

80402086 <scheduler>:
80402086:	7179                	add	sp,sp,-48
80402088:	d04a                	sw	s2,32(sp)
8040208a:	c65e                	sw	s7,12(sp)
8040208c:	aaaab937          	lui	s2,0xaaaab
80402090:	804fcbb7          	lui	s7,0x804fc
80402094:	d226                	sw	s1,36(sp)
80402096:	ce4e                	sw	s3,28(sp)
80402098:	cc52                	sw	s4,24(sp)
8040209a:	ca56                	sw	s5,20(sp)
8040209c:	c85a                	sw	s6,16(sp)
8040209e:	c462                	sw	s8,8(sp)
804020a0:	c266                	sw	s9,4(sp)
804020a2:	c06a                	sw	s10,0(sp)
804020a4:	d606                	sw	ra,44(sp)
804020a6:	d422                	sw	s0,40(sp)
804020a8:	4d01                	li	s10,0
804020aa:	04000c13          	li	s8,64
804020ae:	d10b8b93          	add	s7,s7,-752 # 804fbd10 <procs>
804020b2:	804274b7          	lui	s1,0x80427
804020b6:	8047cab7          	lui	s5,0x8047c
804020ba:	80427a37          	lui	s4,0x80427
804020be:	4c89                	li	s9,2
804020c0:	aab90913          	add	s2,s2,-1365 # aaaaaaab <kernel_end+0x2a5aaaab>
804020c4:	498d                	li	s3,3
804020c6:	4b15                	li	s6,5
804020c8:	86ea                	mv	a3,s10
804020ca:	a021                	j	804020d2 <scheduler+0x4c>
804020cc:	0685                	add	a3,a3,1
804020ce:	06dc0e63          	beq	s8,a3,8040214a <scheduler+0xc4>
804020d2:	41f6d713          	sra	a4,a3,0x1f
804020d6:	8369                	srl	a4,a4,0x1a
804020d8:	00e687b3          	add	a5,a3,a4
804020dc:	03f7f793          	and	a5,a5,63
804020e0:	8f99                	sub	a5,a5,a4
804020e2:	00179413          	sll	s0,a5,0x1
804020e6:	943e                	add	s0,s0,a5
804020e8:	041a                	sll	s0,s0,0x6
804020ea:	008b87b3          	add	a5,s7,s0
804020ee:	4398                	lw	a4,0(a5)
804020f0:	fd971ee3          	bne	a4,s9,804020cc <scheduler+0x46>
804020f4:	40645713          	sra	a4,s0,0x6
804020f8:	03270733          	mul	a4,a4,s2
804020fc:	5b88                	lw	a0,48(a5)
804020fe:	04f4a423          	sw	a5,72(s1) # 80427048 <current>
80402102:	0137a023          	sw	s3,0(a5)
80402106:	00170793          	add	a5,a4,1
8040210a:	41f7d713          	sra	a4,a5,0x1f
8040210e:	8369                	srl	a4,a4,0x1a
80402110:	00e78d33          	add	s10,a5,a4
80402114:	03fd7d13          	and	s10,s10,63
80402118:	40ed0d33          	sub	s10,s10,a4
8040211c:	697010ef          	jal	80403fb2 <vm_switch>
80402120:	04440593          	add	a1,s0,68
80402124:	95de                	add	a1,a1,s7
80402126:	cd0a8513          	add	a0,s5,-816 # 8047bcd0 <scheduler_context>
8040212a:	420020ef          	jal	8040454a <swtch>
8040212e:	044a2783          	lw	a5,68(s4) # 80427044 <init_proc>
80402132:	0404a423          	sw	zero,72(s1)
80402136:	c781                	beqz	a5,8040213e <scheduler+0xb8>
80402138:	4398                	lw	a4,0(a5)
8040213a:	01670563          	beq	a4,s6,80402144 <scheduler+0xbe>
8040213e:	040d0c13          	add	s8,s10,64
80402142:	b759                	j	804020c8 <scheduler+0x42>
80402144:	4fc8                	lw	a0,28(a5)
80402146:	ff4ff0ef          	jal	8040193a <power_off>
8040214a:	1ce020ef          	jal	80404318 <arch_idle>
8040214e:	bfad                	j	804020c8 <scheduler+0x42>

80402150 <yield>:
80402150:	804277b7          	lui	a5,0x80427
80402154:	0487a503          	lw	a0,72(a5) # 80427048 <current>
80402158:	8047c5b7          	lui	a1,0x8047c
8040215c:	4789                	li	a5,2
8040215e:	c11c                	sw	a5,0(a0)
80402160:	cd058593          	add	a1,a1,-816 # 8047bcd0 <scheduler_context>
80402164:	04450513          	add	a0,a0,68
80402168:	3e20206f          	j	8040454a <swtch>

8040216c <sleep_on>:
8040216c:	1141                	add	sp,sp,-16
8040216e:	c422                	sw	s0,8(sp)
80402170:	80427437          	lui	s0,0x80427
80402174:	04842783          	lw	a5,72(s0) # 80427048 <current>
80402178:	c606                	sw	ra,12(sp)
8040217a:	4711                	li	a4,4
8040217c:	8047c5b7          	lui	a1,0x8047c
80402180:	d388                	sw	a0,32(a5)
80402182:	c398                	sw	a4,0(a5)
80402184:	04478513          	add	a0,a5,68
80402188:	cd058593          	add	a1,a1,-816 # 8047bcd0 <scheduler_context>
8040218c:	3be020ef          	jal	8040454a <swtch>
80402190:	04842783          	lw	a5,72(s0)
80402194:	40b2                	lw	ra,12(sp)
80402196:	4422                	lw	s0,8(sp)
80402198:	0207a023          	sw	zero,32(a5)
8040219c:	0141                	add	sp,sp,16
8040219e:	8082                	ret

804021a0 <sleep_until>:
804021a0:	1141                	add	sp,sp,-16
804021a2:	c422                	sw	s0,8(sp)
804021a4:	80427437          	lui	s0,0x80427
804021a8:	04842783          	lw	a5,72(s0) # 80427048 <current>
804021ac:	c606                	sw	ra,12(sp)
804021ae:	4711                	li	a4,4
804021b0:	d78c                	sw	a1,40(a5)
804021b2:	8047c5b7          	lui	a1,0x8047c
804021b6:	d388                	sw	a0,32(a5)
804021b8:	c398                	sw	a4,0(a5)
804021ba:	d7d0                	sw	a2,44(a5)
804021bc:	04478513          	add	a0,a5,68
804021c0:	cd058593          	add	a1,a1,-816 # 8047bcd0 <scheduler_context>
804021c4:	386020ef          	jal	8040454a <swtch>
804021c8:	04842783          	lw	a5,72(s0)
804021cc:	40b2                	lw	ra,12(sp)
804021ce:	4422                	lw	s0,8(sp)
804021d0:	4681                	li	a3,0
804021d2:	4701                	li	a4,0
804021d4:	0207a023          	sw	zero,32(a5)
804021d8:	d794                	sw	a3,40(a5)
804021da:	d7d8                	sw	a4,44(a5)
804021dc:	0141                	add	sp,sp,16
804021de:	8082                	ret

804021e0 <wakeup_expired>:
804021e0:	804fc7b7          	lui	a5,0x804fc
804021e4:	d1078793          	add	a5,a5,-752 # 804fbd10 <procs>
804021e8:	668d                	lui	a3,0x3
804021ea:	96be                	add	a3,a3,a5
804021ec:	4611                	li	a2,4
804021ee:	4309                	li	t1,2
804021f0:	a029                	j	804021fa <wakeup_expired+0x1a>
804021f2:	0c078793          	add	a5,a5,192
804021f6:	02f68863          	beq	a3,a5,80402226 <wakeup_expired+0x46>
804021fa:	4398                	lw	a4,0(a5)
804021fc:	fec71be3          	bne	a4,a2,804021f2 <wakeup_expired+0x12>
80402200:	57d8                	lw	a4,44(a5)
80402202:	0287a803          	lw	a6,40(a5)
80402206:	00e868b3          	or	a7,a6,a4
8040220a:	fe0884e3          	beqz	a7,804021f2 <wakeup_expired+0x12>
8040220e:	fee5e2e3          	bltu	a1,a4,804021f2 <wakeup_expired+0x12>
80402212:	00b71463          	bne	a4,a1,8040221a <wakeup_expired+0x3a>
80402216:	fd056ee3          	bltu	a0,a6,804021f2 <wakeup_expired+0x12>
8040221a:	0067a023          	sw	t1,0(a5)
8040221e:	0c078793          	add	a5,a5,192
80402222:	fcf69ce3          	bne	a3,a5,804021fa <wakeup_expired+0x1a>
80402226:	8082                	ret

80402228 <wakeup>:
80402228:	804fc7b7          	lui	a5,0x804fc
8040222c:	d1078793          	add	a5,a5,-752 # 804fbd10 <procs>
80402230:	668d                	lui	a3,0x3
80402232:	96be                	add	a3,a3,a5
80402234:	4611                	li	a2,4
80402236:	4589                	li	a1,2
80402238:	a029                	j	80402242 <wakeup+0x1a>
8040223a:	0c078793          	add	a5,a5,192
8040223e:	00f68d63          	beq	a3,a5,80402258 <wakeup+0x30>
80402242:	4398                	lw	a4,0(a5)
80402244:	fec71be3          	bne	a4,a2,8040223a <wakeup+0x12>
80402248:	5398                	lw	a4,32(a5)
8040224a:	fea718e3          	bne	a4,a0,8040223a <wakeup+0x12>
8040224e:	c38c                	sw	a1,0(a5)
80402250:	0c078793          	add	a5,a5,192
80402254:	fef697e3          	bne	a3,a5,80402242 <wakeup+0x1a>
80402258:	8082                	ret

8040225a <proc_close_all>:
8040225a:	1141                	add	sp,sp,-16
8040225c:	c04a                	sw	s2,0(sp)
8040225e:	678d                	lui	a5,0x3
80402260:	804fc937          	lui	s2,0x804fc
80402264:	d1090913          	add	s2,s2,-752 # 804fbd10 <procs>
80402268:	0bc78793          	add	a5,a5,188 # 30bc <_entry-0x803fcf44>
8040226c:	c226                	sw	s1,4(sp)
8040226e:	c606                	sw	ra,12(sp)
80402270:	0bc90493          	add	s1,s2,188
80402274:	c422                	sw	s0,8(sp)
80402276:	993e                	add	s2,s2,a5
80402278:	fc048413          	add	s0,s1,-64
8040227c:	4008                	lw	a0,0(s0)
8040227e:	c509                	beqz	a0,80402288 <proc_close_all+0x2e>
80402280:	8e1fe0ef          	jal	80400b60 <file_close>
80402284:	00042023          	sw	zero,0(s0)
80402288:	0411                	add	s0,s0,4
8040228a:	fe9419e3          	bne	s0,s1,8040227c <proc_close_all+0x22>
8040228e:	0c040493          	add	s1,s0,192
80402292:	ff2493e3          	bne	s1,s2,80402278 <proc_close_all+0x1e>
80402296:	40b2                	lw	ra,12(sp)
80402298:	4422                	lw	s0,8(sp)
8040229a:	4492                	lw	s1,4(sp)
8040229c:	4902                	lw	s2,0(sp)
8040229e:	0141                	add	sp,sp,16
804022a0:	8082                	ret

804022a2 <proc_exit>:
804022a2:	1101                	add	sp,sp,-32
804022a4:	c84a                	sw	s2,16(sp)
804022a6:	80427937          	lui	s2,0x80427
804022aa:	c64e                	sw	s3,12(sp)
804022ac:	04892983          	lw	s3,72(s2) # 80427048 <current>
804022b0:	cc22                	sw	s0,24(sp)
804022b2:	ca26                	sw	s1,20(sp)
804022b4:	c452                	sw	s4,8(sp)
804022b6:	ce06                	sw	ra,28(sp)
804022b8:	84aa                	mv	s1,a0
804022ba:	07c98413          	add	s0,s3,124
804022be:	0bc98a13          	add	s4,s3,188
804022c2:	4008                	lw	a0,0(s0)
804022c4:	c509                	beqz	a0,804022ce <proc_exit+0x2c>
804022c6:	89bfe0ef          	jal	80400b60 <file_close>
804022ca:	00042023          	sw	zero,0(s0)
804022ce:	0411                	add	s0,s0,4
804022d0:	ff4419e3          	bne	s0,s4,804022c2 <proc_exit+0x20>
804022d4:	660d                	lui	a2,0x3
804022d6:	804fce37          	lui	t3,0x804fc
804022da:	d10e0e13          	add	t3,t3,-752 # 804fbd10 <procs>
804022de:	00860513          	add	a0,a2,8 # 3008 <_entry-0x803fcff8>
804022e2:	804277b7          	lui	a5,0x80427
804022e6:	804fc737          	lui	a4,0x804fc
804022ea:	0447a803          	lw	a6,68(a5) # 80427044 <init_proc>
804022ee:	d1870713          	add	a4,a4,-744 # 804fbd18 <procs+0x8>
804022f2:	9572                	add	a0,a0,t3
804022f4:	4315                	li	t1,5
804022f6:	9672                	add	a2,a2,t3
804022f8:	4591                	li	a1,4
804022fa:	4889                	li	a7,2
804022fc:	a029                	j	80402306 <proc_exit+0x64>
804022fe:	0c070713          	add	a4,a4,192
80402302:	02a70b63          	beq	a4,a0,80402338 <proc_exit+0x96>
80402306:	ff872783          	lw	a5,-8(a4)
8040230a:	dbf5                	beqz	a5,804022fe <proc_exit+0x5c>
8040230c:	4314                	lw	a3,0(a4)
8040230e:	fed998e3          	bne	s3,a3,804022fe <proc_exit+0x5c>
80402312:	01072023          	sw	a6,0(a4)
80402316:	fe6794e3          	bne	a5,t1,804022fe <proc_exit+0x5c>
8040231a:	87f2                	mv	a5,t3
8040231c:	a029                	j	80402326 <proc_exit+0x84>
8040231e:	0c078793          	add	a5,a5,192
80402322:	fcf60ee3          	beq	a2,a5,804022fe <proc_exit+0x5c>
80402326:	4394                	lw	a3,0(a5)
80402328:	feb69be3          	bne	a3,a1,8040231e <proc_exit+0x7c>
8040232c:	5394                	lw	a3,32(a5)
8040232e:	fed818e3          	bne	a6,a3,8040231e <proc_exit+0x7c>
80402332:	0117a023          	sw	a7,0(a5)
80402336:	b7e5                	j	8040231e <proc_exit+0x7c>
80402338:	0089a503          	lw	a0,8(s3)
8040233c:	4795                	li	a5,5
8040233e:	0099ae23          	sw	s1,28(s3)
80402342:	00f9a023          	sw	a5,0(s3)
80402346:	c111                	beqz	a0,8040234a <proc_exit+0xa8>
80402348:	35c5                	jal	80402228 <wakeup>
8040234a:	04892503          	lw	a0,72(s2)
8040234e:	c11d                	beqz	a0,80402374 <proc_exit+0xd2>
80402350:	4118                	lw	a4,0(a0)
80402352:	478d                	li	a5,3
80402354:	02f70063          	beq	a4,a5,80402374 <proc_exit+0xd2>
80402358:	8047c5b7          	lui	a1,0x8047c
8040235c:	04450513          	add	a0,a0,68
80402360:	cd058593          	add	a1,a1,-816 # 8047bcd0 <scheduler_context>
80402364:	1e6020ef          	jal	8040454a <swtch>
80402368:	80405537          	lui	a0,0x80405
8040236c:	2ac50513          	add	a0,a0,684 # 804052ac <__udivdi3+0xcf8>
80402370:	b69ff0ef          	jal	80401ed8 <panic>
80402374:	80405537          	lui	a0,0x80405
80402378:	28850513          	add	a0,a0,648 # 80405288 <__udivdi3+0xcd4>
8040237c:	b5dff0ef          	jal	80401ed8 <panic>

80402380 <proc_wait>:
80402380:	7179                	add	sp,sp,-48
80402382:	c462                	sw	s8,8(sp)
80402384:	80427c37          	lui	s8,0x80427
80402388:	d04a                	sw	s2,32(sp)
8040238a:	048c2903          	lw	s2,72(s8) # 80427048 <current>
8040238e:	cc52                	sw	s4,24(sp)
80402390:	804fca37          	lui	s4,0x804fc
80402394:	d226                	sw	s1,36(sp)
80402396:	ce4e                	sw	s3,28(sp)
80402398:	ca56                	sw	s5,20(sp)
8040239a:	c85a                	sw	s6,16(sp)
8040239c:	c65e                	sw	s7,12(sp)
8040239e:	d606                	sw	ra,44(sp)
804023a0:	d422                	sw	s0,40(sp)
804023a2:	89aa                	mv	s3,a0
804023a4:	8aae                	mv	s5,a1
804023a6:	d10a0a13          	add	s4,s4,-752 # 804fbd10 <procs>
804023aa:	5b7d                	li	s6,-1
804023ac:	4b95                	li	s7,5
804023ae:	04000493          	li	s1,64
804023b2:	87d2                	mv	a5,s4
804023b4:	4401                	li	s0,0
804023b6:	4601                	li	a2,0
804023b8:	a031                	j	804023c4 <proc_wait+0x44>
804023ba:	0405                	add	s0,s0,1
804023bc:	0c078793          	add	a5,a5,192
804023c0:	06940063          	beq	s0,s1,80402420 <proc_wait+0xa0>
804023c4:	4398                	lw	a4,0(a5)
804023c6:	db75                	beqz	a4,804023ba <proc_wait+0x3a>
804023c8:	4794                	lw	a3,8(a5)
804023ca:	ff2698e3          	bne	a3,s2,804023ba <proc_wait+0x3a>
804023ce:	01698563          	beq	s3,s6,804023d8 <proc_wait+0x58>
804023d2:	43d4                	lw	a3,4(a5)
804023d4:	ff3693e3          	bne	a3,s3,804023ba <proc_wait+0x3a>
804023d8:	03771e63          	bne	a4,s7,80402414 <proc_wait+0x94>
804023dc:	00141493          	sll	s1,s0,0x1
804023e0:	008489b3          	add	s3,s1,s0
804023e4:	099a                	sll	s3,s3,0x6
804023e6:	060a9163          	bnez	s5,80402448 <proc_wait+0xc8>
804023ea:	94a2                	add	s1,s1,s0
804023ec:	049a                	sll	s1,s1,0x6
804023ee:	94d2                	add	s1,s1,s4
804023f0:	013a0533          	add	a0,s4,s3
804023f4:	40c0                	lw	s0,4(s1)
804023f6:	c3fff0ef          	jal	80402034 <proc_free>
804023fa:	50b2                	lw	ra,44(sp)
804023fc:	8522                	mv	a0,s0
804023fe:	5422                	lw	s0,40(sp)
80402400:	5492                	lw	s1,36(sp)
80402402:	5902                	lw	s2,32(sp)
80402404:	49f2                	lw	s3,28(sp)
80402406:	4a62                	lw	s4,24(sp)
80402408:	4ad2                	lw	s5,20(sp)
8040240a:	4b42                	lw	s6,16(sp)
8040240c:	4bb2                	lw	s7,12(sp)
8040240e:	4c22                	lw	s8,8(sp)
80402410:	6145                	add	sp,sp,48
80402412:	8082                	ret
80402414:	0405                	add	s0,s0,1
80402416:	4605                	li	a2,1
80402418:	0c078793          	add	a5,a5,192
8040241c:	fa9414e3          	bne	s0,s1,804023c4 <proc_wait+0x44>
80402420:	c229                	beqz	a2,80402462 <proc_wait+0xe2>
80402422:	048c2503          	lw	a0,72(s8)
80402426:	4791                	li	a5,4
80402428:	8047c5b7          	lui	a1,0x8047c
8040242c:	c11c                	sw	a5,0(a0)
8040242e:	03252023          	sw	s2,32(a0)
80402432:	cd058593          	add	a1,a1,-816 # 8047bcd0 <scheduler_context>
80402436:	04450513          	add	a0,a0,68
8040243a:	110020ef          	jal	8040454a <swtch>
8040243e:	048c2783          	lw	a5,72(s8)
80402442:	0207a023          	sw	zero,32(a5)
80402446:	b7b5                	j	804023b2 <proc_wait+0x32>
80402448:	03092503          	lw	a0,48(s2)
8040244c:	01c98613          	add	a2,s3,28
80402450:	4691                	li	a3,4
80402452:	9652                	add	a2,a2,s4
80402454:	85d6                	mv	a1,s5
80402456:	581000ef          	jal	804031d6 <copyout>
8040245a:	f80558e3          	bgez	a0,804023ea <proc_wait+0x6a>
8040245e:	5449                	li	s0,-14
80402460:	bf69                	j	804023fa <proc_wait+0x7a>
80402462:	5459                	li	s0,-10
80402464:	bf59                	j	804023fa <proc_wait+0x7a>

80402466 <fd_alloc>:
80402466:	804277b7          	lui	a5,0x80427
8040246a:	0487a583          	lw	a1,72(a5) # 80427048 <current>
8040246e:	862a                	mv	a2,a0
80402470:	46c1                	li	a3,16
80402472:	07c58793          	add	a5,a1,124
80402476:	4501                	li	a0,0
80402478:	4398                	lw	a4,0(a5)
8040247a:	0791                	add	a5,a5,4
8040247c:	c711                	beqz	a4,80402488 <fd_alloc+0x22>
8040247e:	0505                	add	a0,a0,1
80402480:	fed51ce3          	bne	a0,a3,80402478 <fd_alloc+0x12>
80402484:	5521                	li	a0,-24
80402486:	8082                	ret
80402488:	01c50793          	add	a5,a0,28
8040248c:	078a                	sll	a5,a5,0x2
8040248e:	95be                	add	a1,a1,a5
80402490:	c5d0                	sw	a2,12(a1)
80402492:	8082                	ret

80402494 <program_find>:
80402494:	1101                	add	sp,sp,-32
80402496:	cc22                	sw	s0,24(sp)
80402498:	80405437          	lui	s0,0x80405
8040249c:	ca26                	sw	s1,20(sp)
8040249e:	c84a                	sw	s2,16(sp)
804024a0:	c64e                	sw	s3,12(sp)
804024a2:	c452                	sw	s4,8(sp)
804024a4:	ce06                	sw	ra,28(sp)
804024a6:	2ec40a13          	add	s4,s0,748 # 804052ec <programs>
804024aa:	892a                	mv	s2,a0
804024ac:	2ec40413          	add	s0,s0,748
804024b0:	4481                	li	s1,0
804024b2:	4999                	li	s3,6
804024b4:	4008                	lw	a0,0(s0)
804024b6:	85ca                	mv	a1,s2
804024b8:	0431                	add	s0,s0,12
804024ba:	2281                	jal	804025fa <strcmp>
804024bc:	cd09                	beqz	a0,804024d6 <program_find+0x42>
804024be:	0485                	add	s1,s1,1
804024c0:	ff349ae3          	bne	s1,s3,804024b4 <program_find+0x20>
804024c4:	40f2                	lw	ra,28(sp)
804024c6:	4462                	lw	s0,24(sp)
804024c8:	44d2                	lw	s1,20(sp)
804024ca:	4942                	lw	s2,16(sp)
804024cc:	49b2                	lw	s3,12(sp)
804024ce:	4a22                	lw	s4,8(sp)
804024d0:	4501                	li	a0,0
804024d2:	6105                	add	sp,sp,32
804024d4:	8082                	ret
804024d6:	40f2                	lw	ra,28(sp)
804024d8:	4462                	lw	s0,24(sp)
804024da:	00149793          	sll	a5,s1,0x1
804024de:	97a6                	add	a5,a5,s1
804024e0:	078a                	sll	a5,a5,0x2
804024e2:	44d2                	lw	s1,20(sp)
804024e4:	4942                	lw	s2,16(sp)
804024e6:	49b2                	lw	s3,12(sp)
804024e8:	00fa0533          	add	a0,s4,a5
804024ec:	4a22                	lw	s4,8(sp)
804024ee:	6105                	add	sp,sp,32
804024f0:	8082                	ret

804024f2 <program_at>:
804024f2:	4795                	li	a5,5
804024f4:	00a7ec63          	bltu	a5,a0,8040250c <program_at+0x1a>
804024f8:	00151793          	sll	a5,a0,0x1
804024fc:	953e                	add	a0,a0,a5
804024fe:	804057b7          	lui	a5,0x80405
80402502:	2ec78793          	add	a5,a5,748 # 804052ec <programs>
80402506:	050a                	sll	a0,a0,0x2
80402508:	953e                	add	a0,a0,a5
8040250a:	8082                	ret
8040250c:	4501                	li	a0,0
8040250e:	8082                	ret

80402510 <memset>:
80402510:	00c56733          	or	a4,a0,a2
80402514:	8b0d                	and	a4,a4,3
80402516:	87aa                	mv	a5,a0
80402518:	cf01                	beqz	a4,80402530 <memset+0x20>
8040251a:	0ff5f593          	zext.b	a1,a1
8040251e:	00c50733          	add	a4,a0,a2
80402522:	c61d                	beqz	a2,80402550 <memset+0x40>
80402524:	00b78023          	sb	a1,0(a5)
80402528:	0785                	add	a5,a5,1
8040252a:	fee79de3          	bne	a5,a4,80402524 <memset+0x14>
8040252e:	8082                	ret
80402530:	0ff5f593          	zext.b	a1,a1
80402534:	00859693          	sll	a3,a1,0x8
80402538:	96ae                	add	a3,a3,a1
8040253a:	01069793          	sll	a5,a3,0x10
8040253e:	96be                	add	a3,a3,a5
80402540:	d67d                	beqz	a2,8040252e <memset+0x1e>
80402542:	00e507b3          	add	a5,a0,a4
80402546:	c394                	sw	a3,0(a5)
80402548:	0711                	add	a4,a4,4
8040254a:	fec76ce3          	bltu	a4,a2,80402542 <memset+0x32>
8040254e:	8082                	ret
80402550:	8082                	ret

80402552 <memcpy>:
80402552:	00b567b3          	or	a5,a0,a1
80402556:	8fd1                	or	a5,a5,a2
80402558:	8b8d                	and	a5,a5,3
8040255a:	cf91                	beqz	a5,80402576 <memcpy+0x24>
8040255c:	87aa                	mv	a5,a0
8040255e:	00c586b3          	add	a3,a1,a2
80402562:	c60d                	beqz	a2,8040258c <memcpy+0x3a>
80402564:	0005c703          	lbu	a4,0(a1)
80402568:	0585                	add	a1,a1,1
8040256a:	0785                	add	a5,a5,1
8040256c:	fee78fa3          	sb	a4,-1(a5)
80402570:	fed59ae3          	bne	a1,a3,80402564 <memcpy+0x12>
80402574:	8082                	ret
80402576:	de7d                	beqz	a2,80402574 <memcpy+0x22>
80402578:	00f58733          	add	a4,a1,a5
8040257c:	4314                	lw	a3,0(a4)
8040257e:	00f50733          	add	a4,a0,a5
80402582:	0791                	add	a5,a5,4
80402584:	c314                	sw	a3,0(a4)
80402586:	fec7e9e3          	bltu	a5,a2,80402578 <memcpy+0x26>
8040258a:	8082                	ret
8040258c:	8082                	ret

8040258e <memcmp>:
8040258e:	c205                	beqz	a2,804025ae <memcmp+0x20>
80402590:	962a                	add	a2,a2,a0
80402592:	a019                	j	80402598 <memcmp+0xa>
80402594:	00c50d63          	beq	a0,a2,804025ae <memcmp+0x20>
80402598:	00054783          	lbu	a5,0(a0)
8040259c:	0005c703          	lbu	a4,0(a1)
804025a0:	0505                	add	a0,a0,1
804025a2:	0585                	add	a1,a1,1
804025a4:	fee788e3          	beq	a5,a4,80402594 <memcmp+0x6>
804025a8:	40e78533          	sub	a0,a5,a4
804025ac:	8082                	ret
804025ae:	4501                	li	a0,0
804025b0:	8082                	ret

804025b2 <strlen>:
804025b2:	00054783          	lbu	a5,0(a0)
804025b6:	872a                	mv	a4,a0
804025b8:	4501                	li	a0,0
804025ba:	cb81                	beqz	a5,804025ca <strlen+0x18>
804025bc:	0505                	add	a0,a0,1
804025be:	00a707b3          	add	a5,a4,a0
804025c2:	0007c783          	lbu	a5,0(a5)
804025c6:	fbfd                	bnez	a5,804025bc <strlen+0xa>
804025c8:	8082                	ret
804025ca:	8082                	ret

804025cc <strncmp>:
804025cc:	c20d                	beqz	a2,804025ee <strncmp+0x22>
804025ce:	962a                	add	a2,a2,a0
804025d0:	a021                	j	804025d8 <strncmp+0xc>
804025d2:	c385                	beqz	a5,804025f2 <strncmp+0x26>
804025d4:	00c50d63          	beq	a0,a2,804025ee <strncmp+0x22>
804025d8:	0005c783          	lbu	a5,0(a1)
804025dc:	00054703          	lbu	a4,0(a0)
804025e0:	0585                	add	a1,a1,1
804025e2:	0505                	add	a0,a0,1
804025e4:	fef707e3          	beq	a4,a5,804025d2 <strncmp+0x6>
804025e8:	40f70533          	sub	a0,a4,a5
804025ec:	8082                	ret
804025ee:	4501                	li	a0,0
804025f0:	8082                	ret
804025f2:	4701                	li	a4,0
804025f4:	40f70533          	sub	a0,a4,a5
804025f8:	8082                	ret

804025fa <strcmp>:
804025fa:	fff50693          	add	a3,a0,-1
804025fe:	a021                	j	80402606 <strcmp+0xc>
80402600:	cf91                	beqz	a5,8040261c <strcmp+0x22>
80402602:	02d50163          	beq	a0,a3,80402624 <strcmp+0x2a>
80402606:	0005c783          	lbu	a5,0(a1)
8040260a:	00054703          	lbu	a4,0(a0)
8040260e:	0585                	add	a1,a1,1
80402610:	0505                	add	a0,a0,1
80402612:	fef707e3          	beq	a4,a5,80402600 <strcmp+0x6>
80402616:	40f70533          	sub	a0,a4,a5
8040261a:	8082                	ret
8040261c:	4701                	li	a4,0
8040261e:	40f70533          	sub	a0,a4,a5
80402622:	8082                	ret
80402624:	4501                	li	a0,0
80402626:	8082                	ret

80402628 <strlcpy_k>:
80402628:	4785                	li	a5,1
8040262a:	882a                	mv	a6,a0
8040262c:	02c7f563          	bgeu	a5,a2,80402656 <strlcpy_k+0x2e>
80402630:	962e                	add	a2,a2,a1
80402632:	872a                	mv	a4,a0
80402634:	fff60893          	add	a7,a2,-1
80402638:	87ae                	mv	a5,a1
8040263a:	a801                	j	8040264a <strlcpy_k+0x22>
8040263c:	00d70023          	sb	a3,0(a4)
80402640:	00180713          	add	a4,a6,1 # fffff001 <kernel_end+0x7faff001>
80402644:	01160c63          	beq	a2,a7,8040265c <strlcpy_k+0x34>
80402648:	87b2                	mv	a5,a2
8040264a:	0007c683          	lbu	a3,0(a5)
8040264e:	00178613          	add	a2,a5,1
80402652:	883a                	mv	a6,a4
80402654:	f6e5                	bnez	a3,8040263c <strlcpy_k+0x14>
80402656:	00080023          	sb	zero,0(a6)
8040265a:	8082                	ret
8040265c:	8f8d                	sub	a5,a5,a1
8040265e:	0785                	add	a5,a5,1
80402660:	00f50833          	add	a6,a0,a5
80402664:	00080023          	sb	zero,0(a6)
80402668:	8082                	ret

8040266a <syscall>:
8040266a:	1141                	add	sp,sp,-16
8040266c:	c422                	sw	s0,8(sp)
8040266e:	c606                	sw	ra,12(sp)
80402670:	8ddff0ef          	jal	80401f4c <myproc>
80402674:	4120                	lw	s0,64(a0)
80402676:	4745                	li	a4,17
80402678:	fda00513          	li	a0,-38
8040267c:	407c                	lw	a5,68(s0)
8040267e:	fff78693          	add	a3,a5,-1
80402682:	00d76b63          	bltu	a4,a3,80402698 <syscall+0x2e>
80402686:	80405737          	lui	a4,0x80405
8040268a:	078a                	sll	a5,a5,0x2
8040268c:	33470713          	add	a4,a4,820 # 80405334 <syscalls>
80402690:	97ba                	add	a5,a5,a4
80402692:	439c                	lw	a5,0(a5)
80402694:	c391                	beqz	a5,80402698 <syscall+0x2e>
80402696:	9782                	jalr	a5
80402698:	40b2                	lw	ra,12(sp)
8040269a:	d408                	sw	a0,40(s0)
8040269c:	4422                	lw	s0,8(sp)
8040269e:	0141                	add	sp,sp,16
804026a0:	8082                	ret

804026a2 <arg_raw>:
804026a2:	7179                	add	sp,sp,-48
804026a4:	d422                	sw	s0,40(sp)
804026a6:	d606                	sw	ra,44(sp)
804026a8:	842a                	mv	s0,a0
804026aa:	8a3ff0ef          	jal	80401f4c <myproc>
804026ae:	413c                	lw	a5,64(a0)
804026b0:	4715                	li	a4,5
804026b2:	5b88                	lw	a0,48(a5)
804026b4:	02c7a803          	lw	a6,44(a5)
804026b8:	5bcc                	lw	a1,52(a5)
804026ba:	5f90                	lw	a2,56(a5)
804026bc:	5fd4                	lw	a3,60(a5)
804026be:	579c                	lw	a5,40(a5)
804026c0:	c82a                	sw	a0,16(sp)
804026c2:	c642                	sw	a6,12(sp)
804026c4:	c43e                	sw	a5,8(sp)
804026c6:	ca2e                	sw	a1,20(sp)
804026c8:	cc32                	sw	a2,24(sp)
804026ca:	ce36                	sw	a3,28(sp)
804026cc:	4501                	li	a0,0
804026ce:	00876963          	bltu	a4,s0,804026e0 <arg_raw+0x3e>
804026d2:	040a                	sll	s0,s0,0x2
804026d4:	02040793          	add	a5,s0,32
804026d8:	00278433          	add	s0,a5,sp
804026dc:	fe842503          	lw	a0,-24(s0)
804026e0:	50b2                	lw	ra,44(sp)
804026e2:	5422                	lw	s0,40(sp)
804026e4:	6145                	add	sp,sp,48
804026e6:	8082                	ret

804026e8 <arg_str>:
804026e8:	1101                	add	sp,sp,-32
804026ea:	ce06                	sw	ra,28(sp)
804026ec:	cc22                	sw	s0,24(sp)
804026ee:	ca26                	sw	s1,20(sp)
804026f0:	c84a                	sw	s2,16(sp)
804026f2:	c64e                	sw	s3,12(sp)
804026f4:	84b2                	mv	s1,a2
804026f6:	842e                	mv	s0,a1
804026f8:	892a                	mv	s2,a0
804026fa:	853ff0ef          	jal	80401f4c <myproc>
804026fe:	03052983          	lw	s3,48(a0)
80402702:	854a                	mv	a0,s2
80402704:	3f79                	jal	804026a2 <arg_raw>
80402706:	85a2                	mv	a1,s0
80402708:	4462                	lw	s0,24(sp)
8040270a:	40f2                	lw	ra,28(sp)
8040270c:	4942                	lw	s2,16(sp)
8040270e:	862a                	mv	a2,a0
80402710:	86a6                	mv	a3,s1
80402712:	854e                	mv	a0,s3
80402714:	44d2                	lw	s1,20(sp)
80402716:	49b2                	lw	s3,12(sp)
80402718:	6105                	add	sp,sp,32
8040271a:	3730006f          	j	8040328c <copyinstr>

8040271e <sys_read>:
8040271e:	1141                	add	sp,sp,-16
80402720:	4501                	li	a0,0
80402722:	c606                	sw	ra,12(sp)
80402724:	c422                	sw	s0,8(sp)
80402726:	c226                	sw	s1,4(sp)
80402728:	3fad                	jal	804026a2 <arg_raw>
8040272a:	47bd                	li	a5,15
8040272c:	02a7ec63          	bltu	a5,a0,80402764 <sys_read+0x46>
80402730:	842a                	mv	s0,a0
80402732:	0471                	add	s0,s0,28
80402734:	819ff0ef          	jal	80401f4c <myproc>
80402738:	040a                	sll	s0,s0,0x2
8040273a:	9522                	add	a0,a0,s0
8040273c:	4544                	lw	s1,12(a0)
8040273e:	c09d                	beqz	s1,80402764 <sys_read+0x46>
80402740:	4509                	li	a0,2
80402742:	3785                	jal	804026a2 <arg_raw>
80402744:	02054663          	bltz	a0,80402770 <sys_read+0x52>
80402748:	4505                	li	a0,1
8040274a:	3fa1                	jal	804026a2 <arg_raw>
8040274c:	842a                	mv	s0,a0
8040274e:	4509                	li	a0,2
80402750:	3f89                	jal	804026a2 <arg_raw>
80402752:	85a2                	mv	a1,s0
80402754:	4422                	lw	s0,8(sp)
80402756:	40b2                	lw	ra,12(sp)
80402758:	862a                	mv	a2,a0
8040275a:	8526                	mv	a0,s1
8040275c:	4492                	lw	s1,4(sp)
8040275e:	0141                	add	sp,sp,16
80402760:	c4cfe06f          	j	80400bac <file_read>
80402764:	555d                	li	a0,-9
80402766:	40b2                	lw	ra,12(sp)
80402768:	4422                	lw	s0,8(sp)
8040276a:	4492                	lw	s1,4(sp)
8040276c:	0141                	add	sp,sp,16
8040276e:	8082                	ret
80402770:	5529                	li	a0,-22
80402772:	bfd5                	j	80402766 <sys_read+0x48>

80402774 <sys_write>:
80402774:	1141                	add	sp,sp,-16
80402776:	4501                	li	a0,0
80402778:	c606                	sw	ra,12(sp)
8040277a:	c422                	sw	s0,8(sp)
8040277c:	c226                	sw	s1,4(sp)
8040277e:	3715                	jal	804026a2 <arg_raw>
80402780:	47bd                	li	a5,15
80402782:	02a7ec63          	bltu	a5,a0,804027ba <sys_write+0x46>
80402786:	842a                	mv	s0,a0
80402788:	0471                	add	s0,s0,28
8040278a:	fc2ff0ef          	jal	80401f4c <myproc>
8040278e:	040a                	sll	s0,s0,0x2
80402790:	9522                	add	a0,a0,s0
80402792:	4544                	lw	s1,12(a0)
80402794:	c09d                	beqz	s1,804027ba <sys_write+0x46>
80402796:	4509                	li	a0,2
80402798:	3729                	jal	804026a2 <arg_raw>
8040279a:	02054663          	bltz	a0,804027c6 <sys_write+0x52>
8040279e:	4505                	li	a0,1
804027a0:	3709                	jal	804026a2 <arg_raw>
804027a2:	842a                	mv	s0,a0
804027a4:	4509                	li	a0,2
804027a6:	3df5                	jal	804026a2 <arg_raw>
804027a8:	85a2                	mv	a1,s0
804027aa:	4422                	lw	s0,8(sp)
804027ac:	40b2                	lw	ra,12(sp)
804027ae:	862a                	mv	a2,a0
804027b0:	8526                	mv	a0,s1
804027b2:	4492                	lw	s1,4(sp)
804027b4:	0141                	add	sp,sp,16
804027b6:	c3efe06f          	j	80400bf4 <file_write>
804027ba:	555d                	li	a0,-9
804027bc:	40b2                	lw	ra,12(sp)
804027be:	4422                	lw	s0,8(sp)
804027c0:	4492                	lw	s1,4(sp)
804027c2:	0141                	add	sp,sp,16
804027c4:	8082                	ret
804027c6:	5529                	li	a0,-22
804027c8:	bfd5                	j	804027bc <sys_write+0x48>

804027ca <sys_open>:
804027ca:	7171                	add	sp,sp,-176
804027cc:	4505                	li	a0,1
804027ce:	d706                	sw	ra,172(sp)
804027d0:	d522                	sw	s0,168(sp)
804027d2:	d326                	sw	s1,164(sp)
804027d4:	d14a                	sw	s2,160(sp)
804027d6:	cf4e                	sw	s3,156(sp)
804027d8:	35e9                	jal	804026a2 <arg_raw>
804027da:	84aa                	mv	s1,a0
804027dc:	08000613          	li	a2,128
804027e0:	080c                	add	a1,sp,16
804027e2:	4501                	li	a0,0
804027e4:	3711                	jal	804026e8 <arg_str>
804027e6:	842a                	mv	s0,a0
804027e8:	04054963          	bltz	a0,8040283a <sys_open+0x70>
804027ec:	0034f913          	and	s2,s1,3
804027f0:	478d                	li	a5,3
804027f2:	5429                	li	s0,-22
804027f4:	04f90363          	beq	s2,a5,8040283a <sys_open+0x70>
804027f8:	0070                	add	a2,sp,12
804027fa:	85a6                	mv	a1,s1
804027fc:	0808                	add	a0,sp,16
804027fe:	c9bfd0ef          	jal	80400498 <fs_open>
80402802:	842a                	mv	s0,a0
80402804:	02054b63          	bltz	a0,8040283a <sys_open+0x70>
80402808:	af8fe0ef          	jal	80400b00 <file_alloc>
8040280c:	89aa                	mv	s3,a0
8040280e:	c131                	beqz	a0,80402852 <sys_open+0x88>
80402810:	4732                	lw	a4,12(sp)
80402812:	fff90793          	add	a5,s2,-1
80402816:	80a9                	srl	s1,s1,0xa
80402818:	00f037b3          	snez	a5,a5
8040281c:	4689                	li	a3,2
8040281e:	8885                	and	s1,s1,1
80402820:	01203933          	snez	s2,s2
80402824:	c114                	sw	a3,0(a0)
80402826:	c958                	sw	a4,20(a0)
80402828:	c51c                	sw	a5,8(a0)
8040282a:	01252623          	sw	s2,12(a0)
8040282e:	c904                	sw	s1,16(a0)
80402830:	c37ff0ef          	jal	80402466 <fd_alloc>
80402834:	842a                	mv	s0,a0
80402836:	00054a63          	bltz	a0,8040284a <sys_open+0x80>
8040283a:	50ba                	lw	ra,172(sp)
8040283c:	8522                	mv	a0,s0
8040283e:	542a                	lw	s0,168(sp)
80402840:	549a                	lw	s1,164(sp)
80402842:	590a                	lw	s2,160(sp)
80402844:	49fa                	lw	s3,156(sp)
80402846:	614d                	add	sp,sp,176
80402848:	8082                	ret
8040284a:	854e                	mv	a0,s3
8040284c:	b14fe0ef          	jal	80400b60 <file_close>
80402850:	b7ed                	j	8040283a <sys_open+0x70>
80402852:	4532                	lw	a0,12(sp)
80402854:	5421                	li	s0,-24
80402856:	c5bfe0ef          	jal	804014b0 <iput>
8040285a:	b7c5                	j	8040283a <sys_open+0x70>

8040285c <sys_close>:
8040285c:	1141                	add	sp,sp,-16
8040285e:	4501                	li	a0,0
80402860:	c606                	sw	ra,12(sp)
80402862:	c422                	sw	s0,8(sp)
80402864:	c226                	sw	s1,4(sp)
80402866:	3d35                	jal	804026a2 <arg_raw>
80402868:	47bd                	li	a5,15
8040286a:	02a7e863          	bltu	a5,a0,8040289a <sys_close+0x3e>
8040286e:	842a                	mv	s0,a0
80402870:	0471                	add	s0,s0,28
80402872:	edaff0ef          	jal	80401f4c <myproc>
80402876:	040a                	sll	s0,s0,0x2
80402878:	9522                	add	a0,a0,s0
8040287a:	4544                	lw	s1,12(a0)
8040287c:	cc99                	beqz	s1,8040289a <sys_close+0x3e>
8040287e:	eceff0ef          	jal	80401f4c <myproc>
80402882:	9522                	add	a0,a0,s0
80402884:	00052623          	sw	zero,12(a0)
80402888:	8526                	mv	a0,s1
8040288a:	ad6fe0ef          	jal	80400b60 <file_close>
8040288e:	40b2                	lw	ra,12(sp)
80402890:	4422                	lw	s0,8(sp)
80402892:	4492                	lw	s1,4(sp)
80402894:	4501                	li	a0,0
80402896:	0141                	add	sp,sp,16
80402898:	8082                	ret
8040289a:	40b2                	lw	ra,12(sp)
8040289c:	4422                	lw	s0,8(sp)
8040289e:	4492                	lw	s1,4(sp)
804028a0:	555d                	li	a0,-9
804028a2:	0141                	add	sp,sp,16
804028a4:	8082                	ret

804028a6 <sys_lseek>:
804028a6:	1141                	add	sp,sp,-16
804028a8:	4501                	li	a0,0
804028aa:	c606                	sw	ra,12(sp)
804028ac:	c422                	sw	s0,8(sp)
804028ae:	c226                	sw	s1,4(sp)
804028b0:	3bcd                	jal	804026a2 <arg_raw>
804028b2:	47bd                	li	a5,15
804028b4:	02a7e863          	bltu	a5,a0,804028e4 <sys_lseek+0x3e>
804028b8:	842a                	mv	s0,a0
804028ba:	0471                	add	s0,s0,28
804028bc:	e90ff0ef          	jal	80401f4c <myproc>
804028c0:	040a                	sll	s0,s0,0x2
804028c2:	9522                	add	a0,a0,s0
804028c4:	4544                	lw	s1,12(a0)
804028c6:	cc99                	beqz	s1,804028e4 <sys_lseek+0x3e>
804028c8:	4505                	li	a0,1
804028ca:	3be1                	jal	804026a2 <arg_raw>
804028cc:	842a                	mv	s0,a0
804028ce:	4509                	li	a0,2
804028d0:	3bc9                	jal	804026a2 <arg_raw>
804028d2:	85a2                	mv	a1,s0
804028d4:	4422                	lw	s0,8(sp)
804028d6:	40b2                	lw	ra,12(sp)
804028d8:	862a                	mv	a2,a0
804028da:	8526                	mv	a0,s1
804028dc:	4492                	lw	s1,4(sp)
804028de:	0141                	add	sp,sp,16
804028e0:	b66fe06f          	j	80400c46 <file_seek>
804028e4:	40b2                	lw	ra,12(sp)
804028e6:	4422                	lw	s0,8(sp)
804028e8:	4492                	lw	s1,4(sp)
804028ea:	555d                	li	a0,-9
804028ec:	0141                	add	sp,sp,16
804028ee:	8082                	ret

804028f0 <sys_unlink>:
804028f0:	7175                	add	sp,sp,-144
804028f2:	08000613          	li	a2,128
804028f6:	858a                	mv	a1,sp
804028f8:	4501                	li	a0,0
804028fa:	c706                	sw	ra,140(sp)
804028fc:	33f5                	jal	804026e8 <arg_str>
804028fe:	00054563          	bltz	a0,80402908 <sys_unlink+0x18>
80402902:	850a                	mv	a0,sp
80402904:	cf5fd0ef          	jal	804005f8 <fs_unlink>
80402908:	40ba                	lw	ra,140(sp)
8040290a:	6149                	add	sp,sp,144
8040290c:	8082                	ret

8040290e <sys_readdir>:
8040290e:	7179                	add	sp,sp,-48
80402910:	4501                	li	a0,0
80402912:	d606                	sw	ra,44(sp)
80402914:	d422                	sw	s0,40(sp)
80402916:	d226                	sw	s1,36(sp)
80402918:	d8bff0ef          	jal	804026a2 <arg_raw>
8040291c:	860a                	mv	a2,sp
8040291e:	004c                	add	a1,sp,4
80402920:	d6bfd0ef          	jal	8040068a <fs_readdir>
80402924:	02054d63          	bltz	a0,8040295e <sys_readdir+0x50>
80402928:	0048                	add	a0,sp,4
8040292a:	c89ff0ef          	jal	804025b2 <strlen>
8040292e:	842a                	mv	s0,a0
80402930:	4509                	li	a0,2
80402932:	0405                	add	s0,s0,1
80402934:	d6fff0ef          	jal	804026a2 <arg_raw>
80402938:	04856163          	bltu	a0,s0,8040297a <sys_readdir+0x6c>
8040293c:	e10ff0ef          	jal	80401f4c <myproc>
80402940:	5904                	lw	s1,48(a0)
80402942:	4505                	li	a0,1
80402944:	d5fff0ef          	jal	804026a2 <arg_raw>
80402948:	85aa                	mv	a1,a0
8040294a:	86a2                	mv	a3,s0
8040294c:	0050                	add	a2,sp,4
8040294e:	8526                	mv	a0,s1
80402950:	087000ef          	jal	804031d6 <copyout>
80402954:	02054663          	bltz	a0,80402980 <sys_readdir+0x72>
80402958:	4502                	lw	a0,0(sp)
8040295a:	00054763          	bltz	a0,80402968 <sys_readdir+0x5a>
8040295e:	50b2                	lw	ra,44(sp)
80402960:	5422                	lw	s0,40(sp)
80402962:	5492                	lw	s1,36(sp)
80402964:	6145                	add	sp,sp,48
80402966:	8082                	ret
80402968:	50b2                	lw	ra,44(sp)
8040296a:	5422                	lw	s0,40(sp)
8040296c:	80000537          	lui	a0,0x80000
80402970:	5492                	lw	s1,36(sp)
80402972:	fff54513          	not	a0,a0
80402976:	6145                	add	sp,sp,48
80402978:	8082                	ret
8040297a:	fdc00513          	li	a0,-36
8040297e:	b7c5                	j	8040295e <sys_readdir+0x50>
80402980:	5549                	li	a0,-14
80402982:	bff1                	j	8040295e <sys_readdir+0x50>

80402984 <sys_exit>:
80402984:	1141                	add	sp,sp,-16
80402986:	4501                	li	a0,0
80402988:	c606                	sw	ra,12(sp)
8040298a:	d19ff0ef          	jal	804026a2 <arg_raw>
8040298e:	0ff57513          	zext.b	a0,a0
80402992:	911ff0ef          	jal	804022a2 <proc_exit>

80402996 <sys_getpid>:
80402996:	1141                	add	sp,sp,-16
80402998:	c606                	sw	ra,12(sp)
8040299a:	db2ff0ef          	jal	80401f4c <myproc>
8040299e:	40b2                	lw	ra,12(sp)
804029a0:	4148                	lw	a0,4(a0)
804029a2:	0141                	add	sp,sp,16
804029a4:	8082                	ret

804029a6 <sys_yield>:
804029a6:	1141                	add	sp,sp,-16
804029a8:	c606                	sw	ra,12(sp)
804029aa:	fa6ff0ef          	jal	80402150 <yield>
804029ae:	40b2                	lw	ra,12(sp)
804029b0:	4501                	li	a0,0
804029b2:	0141                	add	sp,sp,16
804029b4:	8082                	ret

804029b6 <sys_sleep>:
804029b6:	1141                	add	sp,sp,-16
804029b8:	4501                	li	a0,0
804029ba:	c606                	sw	ra,12(sp)
804029bc:	ce7ff0ef          	jal	804026a2 <arg_raw>
804029c0:	2cfd                	jal	80402cbe <timer_sleep_ms>
804029c2:	40b2                	lw	ra,12(sp)
804029c4:	4501                	li	a0,0
804029c6:	0141                	add	sp,sp,16
804029c8:	8082                	ret

804029ca <sys_uptime>:
804029ca:	ac55                	j	80402c7e <uptime_ms>

804029cc <sys_sbrk>:
804029cc:	1101                	add	sp,sp,-32
804029ce:	ce06                	sw	ra,28(sp)
804029d0:	cc22                	sw	s0,24(sp)
804029d2:	c64e                	sw	s3,12(sp)
804029d4:	c452                	sw	s4,8(sp)
804029d6:	ca26                	sw	s1,20(sp)
804029d8:	c84a                	sw	s2,16(sp)
804029da:	d72ff0ef          	jal	80401f4c <myproc>
804029de:	8a2a                	mv	s4,a0
804029e0:	4501                	li	a0,0
804029e2:	cc1ff0ef          	jal	804026a2 <arg_raw>
804029e6:	842a                	mv	s0,a0
804029e8:	038a2983          	lw	s3,56(s4)
804029ec:	04a05163          	blez	a0,80402a2e <sys_sbrk+0x62>
804029f0:	6785                	lui	a5,0x1
804029f2:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804029f4:	0bfdf737          	lui	a4,0xbfdf
804029f8:	00f98933          	add	s2,s3,a5
804029fc:	76fd                	lui	a3,0xfffff
804029fe:	41370733          	sub	a4,a4,s3
80402a02:	00d97933          	and	s2,s2,a3
80402a06:	06a76a63          	bltu	a4,a0,80402a7a <sys_sbrk+0xae>
80402a0a:	00f50633          	add	a2,a0,a5
80402a0e:	964e                	add	a2,a2,s3
80402a10:	8e75                	and	a2,a2,a3
80402a12:	04c96563          	bltu	s2,a2,80402a5c <sys_sbrk+0x90>
80402a16:	944e                	add	s0,s0,s3
80402a18:	028a2c23          	sw	s0,56(s4)
80402a1c:	854e                	mv	a0,s3
80402a1e:	40f2                	lw	ra,28(sp)
80402a20:	4462                	lw	s0,24(sp)
80402a22:	44d2                	lw	s1,20(sp)
80402a24:	4942                	lw	s2,16(sp)
80402a26:	49b2                	lw	s3,12(sp)
80402a28:	4a22                	lw	s4,8(sp)
80402a2a:	6105                	add	sp,sp,32
80402a2c:	8082                	ret
80402a2e:	d565                	beqz	a0,80402a16 <sys_sbrk+0x4a>
80402a30:	034a2703          	lw	a4,52(s4)
80402a34:	40a007b3          	neg	a5,a0
80402a38:	40e98733          	sub	a4,s3,a4
80402a3c:	04f76163          	bltu	a4,a5,80402a7e <sys_sbrk+0xb2>
80402a40:	6605                	lui	a2,0x1
80402a42:	167d                	add	a2,a2,-1 # fff <_entry-0x803ff001>
80402a44:	00c505b3          	add	a1,a0,a2
80402a48:	77fd                	lui	a5,0xfffff
80402a4a:	95ce                	add	a1,a1,s3
80402a4c:	964e                	add	a2,a2,s3
80402a4e:	030a2503          	lw	a0,48(s4)
80402a52:	8dfd                	and	a1,a1,a5
80402a54:	8e7d                	and	a2,a2,a5
80402a56:	8e0d                	sub	a2,a2,a1
80402a58:	239d                	jal	80402fbe <uvm_dealloc>
80402a5a:	bf75                	j	80402a16 <sys_sbrk+0x4a>
80402a5c:	030a2503          	lw	a0,48(s4)
80402a60:	412604b3          	sub	s1,a2,s2
80402a64:	4699                	li	a3,6
80402a66:	8626                	mv	a2,s1
80402a68:	85ca                	mv	a1,s2
80402a6a:	21f9                	jal	80402f38 <uvm_alloc>
80402a6c:	fa0555e3          	bgez	a0,80402a16 <sys_sbrk+0x4a>
80402a70:	030a2503          	lw	a0,48(s4)
80402a74:	8626                	mv	a2,s1
80402a76:	85ca                	mv	a1,s2
80402a78:	2399                	jal	80402fbe <uvm_dealloc>
80402a7a:	5551                	li	a0,-12
80402a7c:	b74d                	j	80402a1e <sys_sbrk+0x52>
80402a7e:	5529                	li	a0,-22
80402a80:	bf79                	j	80402a1e <sys_sbrk+0x52>

80402a82 <sys_spawn>:
80402a82:	7129                	add	sp,sp,-320
80402a84:	08000613          	li	a2,128
80402a88:	006c                	add	a1,sp,12
80402a8a:	4501                	li	a0,0
80402a8c:	12812c23          	sw	s0,312(sp)
80402a90:	12112e23          	sw	ra,316(sp)
80402a94:	12912a23          	sw	s1,308(sp)
80402a98:	13212823          	sw	s2,304(sp)
80402a9c:	13312623          	sw	s3,300(sp)
80402aa0:	13412423          	sw	s4,296(sp)
80402aa4:	13512223          	sw	s5,292(sp)
80402aa8:	13612023          	sw	s6,288(sp)
80402aac:	11712e23          	sw	s7,284(sp)
80402ab0:	11812c23          	sw	s8,280(sp)
80402ab4:	c35ff0ef          	jal	804026e8 <arg_str>
80402ab8:	842a                	mv	s0,a0
80402aba:	02054863          	bltz	a0,80402aea <sys_spawn+0x68>
80402abe:	d81fe0ef          	jal	8040183e <kalloc>
80402ac2:	8a2a                	mv	s4,a0
80402ac4:	c969                	beqz	a0,80402b96 <sys_spawn+0x114>
80402ac6:	4505                	li	a0,1
80402ac8:	bdbff0ef          	jal	804026a2 <arg_raw>
80402acc:	e531                	bnez	a0,80402b18 <sys_spawn+0x96>
80402ace:	007c                	add	a5,sp,12
80402ad0:	c73e                	sw	a5,140(sp)
80402ad2:	c902                	sw	zero,144(sp)
80402ad4:	c78ff0ef          	jal	80401f4c <myproc>
80402ad8:	862a                	mv	a2,a0
80402ada:	016c                	add	a1,sp,140
80402adc:	0068                	add	a0,sp,12
80402ade:	cc1fd0ef          	jal	8040079e <proc_spawn>
80402ae2:	842a                	mv	s0,a0
80402ae4:	8552                	mv	a0,s4
80402ae6:	d83fe0ef          	jal	80401868 <kfree>
80402aea:	13c12083          	lw	ra,316(sp)
80402aee:	8522                	mv	a0,s0
80402af0:	13812403          	lw	s0,312(sp)
80402af4:	13412483          	lw	s1,308(sp)
80402af8:	13012903          	lw	s2,304(sp)
80402afc:	12c12983          	lw	s3,300(sp)
80402b00:	12812a03          	lw	s4,296(sp)
80402b04:	12412a83          	lw	s5,292(sp)
80402b08:	12012b03          	lw	s6,288(sp)
80402b0c:	11c12b83          	lw	s7,284(sp)
80402b10:	11812c03          	lw	s8,280(sp)
80402b14:	6131                	add	sp,sp,320
80402b16:	8082                	ret
80402b18:	4505                	li	a0,1
80402b1a:	b89ff0ef          	jal	804026a2 <arg_raw>
80402b1e:	8b2a                	mv	s6,a0
80402b20:	c2cff0ef          	jal	80401f4c <myproc>
80402b24:	03052a83          	lw	s5,48(a0) # 80000030 <_entry-0x3fffd0>
80402b28:	4481                	li	s1,0
80402b2a:	4901                	li	s2,0
80402b2c:	08000c13          	li	s8,128
80402b30:	6b85                	lui	s7,0x1
80402b32:	a831                	j	80402b4e <sys_spawn+0xcc>
80402b34:	758000ef          	jal	8040328c <copyinstr>
80402b38:	0491                	add	s1,s1,4
80402b3a:	0178                	add	a4,sp,140
80402b3c:	842a                	mv	s0,a0
80402b3e:	00150793          	add	a5,a0,1
80402b42:	9726                	add	a4,a4,s1
80402b44:	04054363          	bltz	a0,80402b8a <sys_spawn+0x108>
80402b48:	ff372e23          	sw	s3,-4(a4) # bfdeffc <_entry-0x74421004>
80402b4c:	993e                	add	s2,s2,a5
80402b4e:	002c                	add	a1,sp,8
80402b50:	4691                	li	a3,4
80402b52:	009b0633          	add	a2,s6,s1
80402b56:	8556                	mv	a0,s5
80402b58:	23e1                	jal	80403120 <copyin>
80402b5a:	012a09b3          	add	s3,s4,s2
80402b5e:	87aa                	mv	a5,a0
80402b60:	412b86b3          	sub	a3,s7,s2
80402b64:	85ce                	mv	a1,s3
80402b66:	8556                	mv	a0,s5
80402b68:	0007c863          	bltz	a5,80402b78 <sys_spawn+0xf6>
80402b6c:	4622                	lw	a2,8(sp)
80402b6e:	c619                	beqz	a2,80402b7c <sys_spawn+0xfa>
80402b70:	fd8492e3          	bne	s1,s8,80402b34 <sys_spawn+0xb2>
80402b74:	5429                	li	s0,-22
80402b76:	b7bd                	j	80402ae4 <sys_spawn+0x62>
80402b78:	5449                	li	s0,-14
80402b7a:	b7ad                	j	80402ae4 <sys_spawn+0x62>
80402b7c:	11048793          	add	a5,s1,272
80402b80:	002784b3          	add	s1,a5,sp
80402b84:	f604ae23          	sw	zero,-132(s1)
80402b88:	b7b1                	j	80402ad4 <sys_spawn+0x52>
80402b8a:	fdc00793          	li	a5,-36
80402b8e:	f4f51be3          	bne	a0,a5,80402ae4 <sys_spawn+0x62>
80402b92:	5429                	li	s0,-22
80402b94:	bf81                	j	80402ae4 <sys_spawn+0x62>
80402b96:	5451                	li	s0,-12
80402b98:	bf89                	j	80402aea <sys_spawn+0x68>

80402b9a <sys_wait>:
80402b9a:	1141                	add	sp,sp,-16
80402b9c:	4501                	li	a0,0
80402b9e:	c606                	sw	ra,12(sp)
80402ba0:	c422                	sw	s0,8(sp)
80402ba2:	b01ff0ef          	jal	804026a2 <arg_raw>
80402ba6:	842a                	mv	s0,a0
80402ba8:	4505                	li	a0,1
80402baa:	af9ff0ef          	jal	804026a2 <arg_raw>
80402bae:	85aa                	mv	a1,a0
80402bb0:	8522                	mv	a0,s0
80402bb2:	4422                	lw	s0,8(sp)
80402bb4:	40b2                	lw	ra,12(sp)
80402bb6:	0141                	add	sp,sp,16
80402bb8:	fc8ff06f          	j	80402380 <proc_wait>

80402bbc <timer_init>:
80402bbc:	c81027f3          	rdtimeh	a5
80402bc0:	c01026f3          	rdtime	a3
80402bc4:	c8102773          	rdtimeh	a4
80402bc8:	fee79ae3          	bne	a5,a4,80402bbc <timer_init>
80402bcc:	6561                	lui	a0,0x18
80402bce:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
80402bd2:	9536                	add	a0,a0,a3
80402bd4:	00d535b3          	sltu	a1,a0,a3
80402bd8:	80427637          	lui	a2,0x80427
80402bdc:	80427737          	lui	a4,0x80427
80402be0:	95be                	add	a1,a1,a5
80402be2:	04d62c23          	sw	a3,88(a2) # 80427058 <boot_time>
80402be6:	04f62e23          	sw	a5,92(a2)
80402bea:	04a72823          	sw	a0,80(a4) # 80427050 <next_tick>
80402bee:	04b72a23          	sw	a1,84(a4)
80402bf2:	7360106f          	j	80404328 <arch_set_timer>

80402bf6 <timer_intr>:
80402bf6:	1141                	add	sp,sp,-16
80402bf8:	c606                	sw	ra,12(sp)
80402bfa:	c422                	sw	s0,8(sp)
80402bfc:	c226                	sw	s1,4(sp)
80402bfe:	c8102473          	rdtimeh	s0
80402c02:	c01024f3          	rdtime	s1
80402c06:	c81027f3          	rdtimeh	a5
80402c0a:	fef41ae3          	bne	s0,a5,80402bfe <timer_intr+0x8>
80402c0e:	804276b7          	lui	a3,0x80427
80402c12:	0506a783          	lw	a5,80(a3) # 80427050 <next_tick>
80402c16:	6761                	lui	a4,0x18
80402c18:	0546a603          	lw	a2,84(a3)
80402c1c:	6a070713          	add	a4,a4,1696 # 186a0 <_entry-0x803e7960>
80402c20:	973e                	add	a4,a4,a5
80402c22:	00f737b3          	sltu	a5,a4,a5
80402c26:	97b2                	add	a5,a5,a2
80402c28:	853a                	mv	a0,a4
80402c2a:	85be                	mv	a1,a5
80402c2c:	00f46d63          	bltu	s0,a5,80402c46 <timer_intr+0x50>
80402c30:	04878463          	beq	a5,s0,80402c78 <timer_intr+0x82>
80402c34:	6561                	lui	a0,0x18
80402c36:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
80402c3a:	9526                	add	a0,a0,s1
80402c3c:	009535b3          	sltu	a1,a0,s1
80402c40:	95a2                	add	a1,a1,s0
80402c42:	872a                	mv	a4,a0
80402c44:	87ae                	mv	a5,a1
80402c46:	04e6a823          	sw	a4,80(a3)
80402c4a:	04f6aa23          	sw	a5,84(a3)
80402c4e:	6da010ef          	jal	80404328 <arch_set_timer>
80402c52:	804277b7          	lui	a5,0x80427
80402c56:	04c7a703          	lw	a4,76(a5) # 8042704c <ticks>
80402c5a:	04c78513          	add	a0,a5,76
80402c5e:	0705                	add	a4,a4,1
80402c60:	04e7a623          	sw	a4,76(a5)
80402c64:	dc4ff0ef          	jal	80402228 <wakeup>
80402c68:	85a2                	mv	a1,s0
80402c6a:	4422                	lw	s0,8(sp)
80402c6c:	40b2                	lw	ra,12(sp)
80402c6e:	8526                	mv	a0,s1
80402c70:	4492                	lw	s1,4(sp)
80402c72:	0141                	add	sp,sp,16
80402c74:	d6cff06f          	j	804021e0 <wakeup_expired>
80402c78:	fce4e7e3          	bltu	s1,a4,80402c46 <timer_intr+0x50>
80402c7c:	bf65                	j	80402c34 <timer_intr+0x3e>

80402c7e <uptime_ms>:
80402c7e:	1141                	add	sp,sp,-16
80402c80:	c606                	sw	ra,12(sp)
80402c82:	c81027f3          	rdtimeh	a5
80402c86:	c01025f3          	rdtime	a1
80402c8a:	c8102773          	rdtimeh	a4
80402c8e:	fee79ae3          	bne	a5,a4,80402c82 <uptime_ms+0x4>
80402c92:	80427737          	lui	a4,0x80427
80402c96:	05872503          	lw	a0,88(a4) # 80427058 <boot_time>
80402c9a:	05c72703          	lw	a4,92(a4)
80402c9e:	6609                	lui	a2,0x2
80402ca0:	40a58533          	sub	a0,a1,a0
80402ca4:	00a5b5b3          	sltu	a1,a1,a0
80402ca8:	8f99                	sub	a5,a5,a4
80402caa:	71060613          	add	a2,a2,1808 # 2710 <_entry-0x803fd8f0>
80402cae:	4681                	li	a3,0
80402cb0:	40b785b3          	sub	a1,a5,a1
80402cb4:	101010ef          	jal	804045b4 <__udivdi3>
80402cb8:	40b2                	lw	ra,12(sp)
80402cba:	0141                	add	sp,sp,16
80402cbc:	8082                	ret

80402cbe <timer_sleep_ms>:
80402cbe:	1141                	add	sp,sp,-16
80402cc0:	c606                	sw	ra,12(sp)
80402cc2:	c422                	sw	s0,8(sp)
80402cc4:	c226                	sw	s1,4(sp)
80402cc6:	c04a                	sw	s2,0(sp)
80402cc8:	c8102773          	rdtimeh	a4
80402ccc:	c01027f3          	rdtime	a5
80402cd0:	c81026f3          	rdtimeh	a3
80402cd4:	fed71ae3          	bne	a4,a3,80402cc8 <timer_sleep_ms+0xa>
80402cd8:	6689                	lui	a3,0x2
80402cda:	71068693          	add	a3,a3,1808 # 2710 <_entry-0x803fd8f0>
80402cde:	02d50933          	mul	s2,a0,a3
80402ce2:	804274b7          	lui	s1,0x80427
80402ce6:	02d53533          	mulhu	a0,a0,a3
80402cea:	993e                	add	s2,s2,a5
80402cec:	00f937b3          	sltu	a5,s2,a5
80402cf0:	972a                	add	a4,a4,a0
80402cf2:	00e78433          	add	s0,a5,a4
80402cf6:	c81027f3          	rdtimeh	a5
80402cfa:	c01026f3          	rdtime	a3
80402cfe:	c8102773          	rdtimeh	a4
80402d02:	fee79ae3          	bne	a5,a4,80402cf6 <timer_sleep_ms+0x38>
80402d06:	04c48513          	add	a0,s1,76 # 8042704c <ticks>
80402d0a:	0087f563          	bgeu	a5,s0,80402d14 <timer_sleep_ms+0x56>
80402d0e:	c5eff0ef          	jal	8040216c <sleep_on>
80402d12:	b7d5                	j	80402cf6 <timer_sleep_ms+0x38>
80402d14:	00f41463          	bne	s0,a5,80402d1c <timer_sleep_ms+0x5e>
80402d18:	ff26ebe3          	bltu	a3,s2,80402d0e <timer_sleep_ms+0x50>
80402d1c:	40b2                	lw	ra,12(sp)
80402d1e:	4422                	lw	s0,8(sp)
80402d20:	4492                	lw	s1,4(sp)
80402d22:	4902                	lw	s2,0(sp)
80402d24:	0141                	add	sp,sp,16
80402d26:	8082                	ret

80402d28 <user_trap_return>:
80402d28:	1141                	add	sp,sp,-16
80402d2a:	c606                	sw	ra,12(sp)
80402d2c:	a20ff0ef          	jal	80401f4c <myproc>
80402d30:	4789                	li	a5,2
80402d32:	1007b073          	csrc	sstatus,a5
80402d36:	4128                	lw	a0,64(a0)
80402d38:	5ca010ef          	jal	80404302 <arch_user_return>

80402d3c <user_trap>:
80402d3c:	1141                	add	sp,sp,-16
80402d3e:	c422                	sw	s0,8(sp)
80402d40:	c606                	sw	ra,12(sp)
80402d42:	842a                	mv	s0,a0
80402d44:	a08ff0ef          	jal	80401f4c <myproc>
80402d48:	08842783          	lw	a5,136(s0)
80402d4c:	0607c463          	bltz	a5,80402db4 <user_trap+0x78>
80402d50:	46a1                	li	a3,8
80402d52:	08042703          	lw	a4,128(s0)
80402d56:	04d78463          	beq	a5,a3,80402d9e <user_trap+0x62>
80402d5a:	46bd                	li	a3,15
80402d5c:	4150                	lw	a2,4(a0)
80402d5e:	00c50593          	add	a1,a0,12
80402d62:	04f6e463          	bltu	a3,a5,80402daa <user_trap+0x6e>
80402d66:	804056b7          	lui	a3,0x80405
80402d6a:	078a                	sll	a5,a5,0x2
80402d6c:	52068693          	add	a3,a3,1312 # 80405520 <names.0>
80402d70:	96be                	add	a3,a3,a5
80402d72:	4294                	lw	a3,0(a3)
80402d74:	ca9d                	beqz	a3,80402daa <user_trap+0x6e>
80402d76:	08c42783          	lw	a5,140(s0)
80402d7a:	80405537          	lui	a0,0x80405
80402d7e:	39850513          	add	a0,a0,920 # 80405398 <syscalls+0x64>
80402d82:	930ff0ef          	jal	80401eb2 <kprintf>
80402d86:	08842783          	lw	a5,136(s0)
80402d8a:	4709                	li	a4,2
80402d8c:	02e78b63          	beq	a5,a4,80402dc2 <user_trap+0x86>
80402d90:	470d                	li	a4,3
80402d92:	02e78b63          	beq	a5,a4,80402dc8 <user_trap+0x8c>
80402d96:	08b00513          	li	a0,139
80402d9a:	d08ff0ef          	jal	804022a2 <proc_exit>
80402d9e:	0711                	add	a4,a4,4
80402da0:	08e42023          	sw	a4,128(s0)
80402da4:	8c7ff0ef          	jal	8040266a <syscall>
80402da8:	3741                	jal	80402d28 <user_trap_return>
80402daa:	804056b7          	lui	a3,0x80405
80402dae:	38068693          	add	a3,a3,896 # 80405380 <syscalls+0x4c>
80402db2:	b7d1                	j	80402d76 <user_trap+0x3a>
80402db4:	853e                	mv	a0,a5
80402db6:	4d8010ef          	jal	8040428e <arch_interrupt>
80402dba:	d57d                	beqz	a0,80402da8 <user_trap+0x6c>
80402dbc:	b94ff0ef          	jal	80402150 <yield>
80402dc0:	b7e5                	j	80402da8 <user_trap+0x6c>
80402dc2:	08400513          	li	a0,132
80402dc6:	bfd1                	j	80402d9a <user_trap+0x5e>
80402dc8:	08500513          	li	a0,133
80402dcc:	b7f9                	j	80402d9a <user_trap+0x5e>

80402dce <kernel_trap>:
80402dce:	87aa                	mv	a5,a0
80402dd0:	08852503          	lw	a0,136(a0)
80402dd4:	1141                	add	sp,sp,-16
80402dd6:	c606                	sw	ra,12(sp)
80402dd8:	00055b63          	bgez	a0,80402dee <kernel_trap+0x20>
80402ddc:	0847a783          	lw	a5,132(a5)
80402de0:	1007f793          	and	a5,a5,256
80402de4:	cf85                	beqz	a5,80402e1c <kernel_trap+0x4e>
80402de6:	40b2                	lw	ra,12(sp)
80402de8:	0141                	add	sp,sp,16
80402dea:	4a40106f          	j	8040428e <arch_interrupt>
80402dee:	473d                	li	a4,15
80402df0:	02a76c63          	bltu	a4,a0,80402e28 <kernel_trap+0x5a>
80402df4:	80405737          	lui	a4,0x80405
80402df8:	00251693          	sll	a3,a0,0x2
80402dfc:	52070713          	add	a4,a4,1312 # 80405520 <names.0>
80402e00:	9736                	add	a4,a4,a3
80402e02:	430c                	lw	a1,0(a4)
80402e04:	c195                	beqz	a1,80402e28 <kernel_trap+0x5a>
80402e06:	08c7a703          	lw	a4,140(a5)
80402e0a:	0807a683          	lw	a3,128(a5)
80402e0e:	862a                	mv	a2,a0
80402e10:	80405537          	lui	a0,0x80405
80402e14:	3c850513          	add	a0,a0,968 # 804053c8 <syscalls+0x94>
80402e18:	8c0ff0ef          	jal	80401ed8 <panic>
80402e1c:	80405537          	lui	a0,0x80405
80402e20:	40450513          	add	a0,a0,1028 # 80405404 <syscalls+0xd0>
80402e24:	8b4ff0ef          	jal	80401ed8 <panic>
80402e28:	804055b7          	lui	a1,0x80405
80402e2c:	38058593          	add	a1,a1,896 # 80405380 <syscalls+0x4c>
80402e30:	bfd9                	j	80402e06 <kernel_trap+0x38>

80402e32 <pt_walk>:
80402e32:	0165d793          	srl	a5,a1,0x16
80402e36:	1141                	add	sp,sp,-16
80402e38:	078a                	sll	a5,a5,0x2
80402e3a:	c04a                	sw	s2,0(sp)
80402e3c:	00f50933          	add	s2,a0,a5
80402e40:	00092783          	lw	a5,0(s2)
80402e44:	c422                	sw	s0,8(sp)
80402e46:	c606                	sw	ra,12(sp)
80402e48:	c226                	sw	s1,4(sp)
80402e4a:	0017f713          	and	a4,a5,1
80402e4e:	842e                	mv	s0,a1
80402e50:	c31d                	beqz	a4,80402e76 <pt_walk+0x44>
80402e52:	00e7f713          	and	a4,a5,14
80402e56:	e729                	bnez	a4,80402ea0 <pt_walk+0x6e>
80402e58:	00c5d413          	srl	s0,a1,0xc
80402e5c:	00a7d513          	srl	a0,a5,0xa
80402e60:	3ff47413          	and	s0,s0,1023
80402e64:	040a                	sll	s0,s0,0x2
80402e66:	0532                	sll	a0,a0,0xc
80402e68:	40b2                	lw	ra,12(sp)
80402e6a:	9522                	add	a0,a0,s0
80402e6c:	4422                	lw	s0,8(sp)
80402e6e:	4492                	lw	s1,4(sp)
80402e70:	4902                	lw	s2,0(sp)
80402e72:	0141                	add	sp,sp,16
80402e74:	8082                	ret
80402e76:	c60d                	beqz	a2,80402ea0 <pt_walk+0x6e>
80402e78:	190010ef          	jal	80404008 <arch_pt_alloc>
80402e7c:	84aa                	mv	s1,a0
80402e7e:	c10d                	beqz	a0,80402ea0 <pt_walk+0x6e>
80402e80:	8031                	srl	s0,s0,0xc
80402e82:	85aa                	mv	a1,a0
80402e84:	3ff47413          	and	s0,s0,1023
80402e88:	854a                	mv	a0,s2
80402e8a:	1a4010ef          	jal	8040402e <arch_pt_link>
80402e8e:	040a                	sll	s0,s0,0x2
80402e90:	00848533          	add	a0,s1,s0
80402e94:	40b2                	lw	ra,12(sp)
80402e96:	4422                	lw	s0,8(sp)
80402e98:	4492                	lw	s1,4(sp)
80402e9a:	4902                	lw	s2,0(sp)
80402e9c:	0141                	add	sp,sp,16
80402e9e:	8082                	ret
80402ea0:	40b2                	lw	ra,12(sp)
80402ea2:	4422                	lw	s0,8(sp)
80402ea4:	4492                	lw	s1,4(sp)
80402ea6:	4902                	lw	s2,0(sp)
80402ea8:	4501                	li	a0,0
80402eaa:	0141                	add	sp,sp,16
80402eac:	8082                	ret

80402eae <uvm_free>:
80402eae:	1101                	add	sp,sp,-32
80402eb0:	c256                	sw	s5,4(sp)
80402eb2:	8aaa                	mv	s5,a0
80402eb4:	c84a                	sw	s2,16(sp)
80402eb6:	c64e                	sw	s3,12(sp)
80402eb8:	c452                	sw	s4,8(sp)
80402eba:	ce06                	sw	ra,28(sp)
80402ebc:	cc22                	sw	s0,24(sp)
80402ebe:	ca26                	sw	s1,20(sp)
80402ec0:	c05a                	sw	s6,0(sp)
80402ec2:	892a                	mv	s2,a0
80402ec4:	0c0a8993          	add	s3,s5,192
80402ec8:	144010ef          	jal	8040400c <arch_pt_unpin>
80402ecc:	6a05                	lui	s4,0x1
80402ece:	a021                	j	80402ed6 <uvm_free+0x28>
80402ed0:	0911                	add	s2,s2,4
80402ed2:	03390d63          	beq	s2,s3,80402f0c <uvm_free+0x5e>
80402ed6:	00092783          	lw	a5,0(s2)
80402eda:	0017f713          	and	a4,a5,1
80402ede:	db6d                	beqz	a4,80402ed0 <uvm_free+0x22>
80402ee0:	83a9                	srl	a5,a5,0xa
80402ee2:	00c79413          	sll	s0,a5,0xc
80402ee6:	8522                	mv	a0,s0
80402ee8:	8b22                	mv	s6,s0
80402eea:	122010ef          	jal	8040400c <arch_pt_unpin>
80402eee:	014404b3          	add	s1,s0,s4
80402ef2:	4008                	lw	a0,0(s0)
80402ef4:	0411                	add	s0,s0,4
80402ef6:	00157793          	and	a5,a0,1
80402efa:	eb85                	bnez	a5,80402f2a <uvm_free+0x7c>
80402efc:	fe849be3          	bne	s1,s0,80402ef2 <uvm_free+0x44>
80402f00:	855a                	mv	a0,s6
80402f02:	0911                	add	s2,s2,4
80402f04:	126010ef          	jal	8040402a <arch_pt_free>
80402f08:	fd3917e3          	bne	s2,s3,80402ed6 <uvm_free+0x28>
80402f0c:	8556                	mv	a0,s5
80402f0e:	11c010ef          	jal	8040402a <arch_pt_free>
80402f12:	4462                	lw	s0,24(sp)
80402f14:	40f2                	lw	ra,28(sp)
80402f16:	44d2                	lw	s1,20(sp)
80402f18:	4942                	lw	s2,16(sp)
80402f1a:	49b2                	lw	s3,12(sp)
80402f1c:	4a22                	lw	s4,8(sp)
80402f1e:	4b02                	lw	s6,0(sp)
80402f20:	8556                	mv	a0,s5
80402f22:	4a92                	lw	s5,4(sp)
80402f24:	6105                	add	sp,sp,32
80402f26:	1180106f          	j	8040403e <arch_pt_commit>
80402f2a:	8129                	srl	a0,a0,0xa
80402f2c:	0532                	sll	a0,a0,0xc
80402f2e:	93bfe0ef          	jal	80401868 <kfree>
80402f32:	fc8490e3          	bne	s1,s0,80402ef2 <uvm_free+0x44>
80402f36:	b7e9                	j	80402f00 <uvm_free+0x52>

80402f38 <uvm_alloc>:
80402f38:	1101                	add	sp,sp,-32
80402f3a:	c84a                	sw	s2,16(sp)
80402f3c:	c64e                	sw	s3,12(sp)
80402f3e:	ce06                	sw	ra,28(sp)
80402f40:	cc22                	sw	s0,24(sp)
80402f42:	ca26                	sw	s1,20(sp)
80402f44:	c452                	sw	s4,8(sp)
80402f46:	c256                	sw	s5,4(sp)
80402f48:	00c589b3          	add	s3,a1,a2
80402f4c:	892a                	mv	s2,a0
80402f4e:	0535f863          	bgeu	a1,s3,80402f9e <uvm_alloc+0x66>
80402f52:	84ae                	mv	s1,a1
80402f54:	8a36                	mv	s4,a3
80402f56:	6a85                	lui	s5,0x1
80402f58:	a015                	j	80402f7c <uvm_alloc+0x44>
80402f5a:	8e5fe0ef          	jal	8040183e <kalloc>
80402f5e:	00c55593          	srl	a1,a0,0xc
80402f62:	05aa                	sll	a1,a1,0xa
80402f64:	87aa                	mv	a5,a0
80402f66:	0145e5b3          	or	a1,a1,s4
80402f6a:	0d15e593          	or	a1,a1,209
80402f6e:	8522                	mv	a0,s0
80402f70:	cb8d                	beqz	a5,80402fa2 <uvm_alloc+0x6a>
80402f72:	94d6                	add	s1,s1,s5
80402f74:	0c6010ef          	jal	8040403a <arch_pt_set>
80402f78:	0334f363          	bgeu	s1,s3,80402f9e <uvm_alloc+0x66>
80402f7c:	85a6                	mv	a1,s1
80402f7e:	4605                	li	a2,1
80402f80:	854a                	mv	a0,s2
80402f82:	3d45                	jal	80402e32 <pt_walk>
80402f84:	842a                	mv	s0,a0
80402f86:	cd11                	beqz	a0,80402fa2 <uvm_alloc+0x6a>
80402f88:	410c                	lw	a1,0(a0)
80402f8a:	0015f793          	and	a5,a1,1
80402f8e:	d7f1                	beqz	a5,80402f5a <uvm_alloc+0x22>
80402f90:	0145e5b3          	or	a1,a1,s4
80402f94:	94d6                	add	s1,s1,s5
80402f96:	0a4010ef          	jal	8040403a <arch_pt_set>
80402f9a:	ff34e1e3          	bltu	s1,s3,80402f7c <uvm_alloc+0x44>
80402f9e:	4401                	li	s0,0
80402fa0:	a011                	j	80402fa4 <uvm_alloc+0x6c>
80402fa2:	5451                	li	s0,-12
80402fa4:	854a                	mv	a0,s2
80402fa6:	098010ef          	jal	8040403e <arch_pt_commit>
80402faa:	40f2                	lw	ra,28(sp)
80402fac:	8522                	mv	a0,s0
80402fae:	4462                	lw	s0,24(sp)
80402fb0:	44d2                	lw	s1,20(sp)
80402fb2:	4942                	lw	s2,16(sp)
80402fb4:	49b2                	lw	s3,12(sp)
80402fb6:	4a22                	lw	s4,8(sp)
80402fb8:	4a92                	lw	s5,4(sp)
80402fba:	6105                	add	sp,sp,32
80402fbc:	8082                	ret

80402fbe <uvm_dealloc>:
80402fbe:	712d                	add	sp,sp,-288
80402fc0:	11312623          	sw	s3,268(sp)
80402fc4:	10112e23          	sw	ra,284(sp)
80402fc8:	10812c23          	sw	s0,280(sp)
80402fcc:	10912a23          	sw	s1,276(sp)
80402fd0:	11212823          	sw	s2,272(sp)
80402fd4:	11412423          	sw	s4,264(sp)
80402fd8:	11512223          	sw	s5,260(sp)
80402fdc:	11612023          	sw	s6,256(sp)
80402fe0:	00c589b3          	add	s3,a1,a2
80402fe4:	0d35f363          	bgeu	a1,s3,804030aa <uvm_dealloc+0xec>
80402fe8:	8b2e                	mv	s6,a1
80402fea:	892a                	mv	s2,a0
80402fec:	4401                	li	s0,0
80402fee:	04000a93          	li	s5,64
80402ff2:	0204                	add	s1,sp,256
80402ff4:	6a05                	lui	s4,0x1
80402ff6:	a021                	j	80402ffe <uvm_dealloc+0x40>
80402ff8:	9b52                	add	s6,s6,s4
80402ffa:	073b7863          	bgeu	s6,s3,8040306a <uvm_dealloc+0xac>
80402ffe:	016b5793          	srl	a5,s6,0x16
80403002:	078a                	sll	a5,a5,0x2
80403004:	97ca                	add	a5,a5,s2
80403006:	439c                	lw	a5,0(a5)
80403008:	0017f713          	and	a4,a5,1
8040300c:	d775                	beqz	a4,80402ff8 <uvm_dealloc+0x3a>
8040300e:	00e7f713          	and	a4,a5,14
80403012:	f37d                	bnez	a4,80402ff8 <uvm_dealloc+0x3a>
80403014:	00cb5713          	srl	a4,s6,0xc
80403018:	00a7d513          	srl	a0,a5,0xa
8040301c:	3ff77793          	and	a5,a4,1023
80403020:	0532                	sll	a0,a0,0xc
80403022:	078a                	sll	a5,a5,0x2
80403024:	953e                	add	a0,a0,a5
80403026:	d969                	beqz	a0,80402ff8 <uvm_dealloc+0x3a>
80403028:	411c                	lw	a5,0(a0)
8040302a:	0017f713          	and	a4,a5,1
8040302e:	d769                	beqz	a4,80402ff8 <uvm_dealloc+0x3a>
80403030:	00241713          	sll	a4,s0,0x2
80403034:	83a9                	srl	a5,a5,0xa
80403036:	10070713          	add	a4,a4,256
8040303a:	0405                	add	s0,s0,1
8040303c:	970a                	add	a4,a4,sp
8040303e:	07b2                	sll	a5,a5,0xc
80403040:	4581                	li	a1,0
80403042:	f0f72023          	sw	a5,-256(a4)
80403046:	7f5000ef          	jal	8040403a <arch_pt_set>
8040304a:	fb5417e3          	bne	s0,s5,80402ff8 <uvm_dealloc+0x3a>
8040304e:	854a                	mv	a0,s2
80403050:	7ef000ef          	jal	8040403e <arch_pt_commit>
80403054:	840a                	mv	s0,sp
80403056:	4008                	lw	a0,0(s0)
80403058:	0411                	add	s0,s0,4
8040305a:	80ffe0ef          	jal	80401868 <kfree>
8040305e:	fe941ce3          	bne	s0,s1,80403056 <uvm_dealloc+0x98>
80403062:	9b52                	add	s6,s6,s4
80403064:	4401                	li	s0,0
80403066:	f93b6ce3          	bltu	s6,s3,80402ffe <uvm_dealloc+0x40>
8040306a:	854a                	mv	a0,s2
8040306c:	7d3000ef          	jal	8040403e <arch_pt_commit>
80403070:	c819                	beqz	s0,80403086 <uvm_dealloc+0xc8>
80403072:	890a                	mv	s2,sp
80403074:	4481                	li	s1,0
80403076:	00092503          	lw	a0,0(s2)
8040307a:	0485                	add	s1,s1,1
8040307c:	0911                	add	s2,s2,4
8040307e:	feafe0ef          	jal	80401868 <kfree>
80403082:	fe941ae3          	bne	s0,s1,80403076 <uvm_dealloc+0xb8>
80403086:	11c12083          	lw	ra,284(sp)
8040308a:	11812403          	lw	s0,280(sp)
8040308e:	11412483          	lw	s1,276(sp)
80403092:	11012903          	lw	s2,272(sp)
80403096:	10c12983          	lw	s3,268(sp)
8040309a:	10812a03          	lw	s4,264(sp)
8040309e:	10412a83          	lw	s5,260(sp)
804030a2:	10012b03          	lw	s6,256(sp)
804030a6:	6115                	add	sp,sp,288
804030a8:	8082                	ret
804030aa:	11812403          	lw	s0,280(sp)
804030ae:	11c12083          	lw	ra,284(sp)
804030b2:	11412483          	lw	s1,276(sp)
804030b6:	11012903          	lw	s2,272(sp)
804030ba:	10c12983          	lw	s3,268(sp)
804030be:	10812a03          	lw	s4,264(sp)
804030c2:	10412a83          	lw	s5,260(sp)
804030c6:	10012b03          	lw	s6,256(sp)
804030ca:	6115                	add	sp,sp,288
804030cc:	7730006f          	j	8040403e <arch_pt_commit>

804030d0 <uvm_kva>:
804030d0:	0c0007b7          	lui	a5,0xc000
804030d4:	00f5e463          	bltu	a1,a5,804030dc <uvm_kva+0xc>
804030d8:	4501                	li	a0,0
804030da:	8082                	ret
804030dc:	0165d793          	srl	a5,a1,0x16
804030e0:	078a                	sll	a5,a5,0x2
804030e2:	953e                	add	a0,a0,a5
804030e4:	411c                	lw	a5,0(a0)
804030e6:	0017f513          	and	a0,a5,1
804030ea:	d965                	beqz	a0,804030da <uvm_kva+0xa>
804030ec:	00e7f513          	and	a0,a5,14
804030f0:	f565                	bnez	a0,804030d8 <uvm_kva+0x8>
804030f2:	00c5d713          	srl	a4,a1,0xc
804030f6:	83a9                	srl	a5,a5,0xa
804030f8:	3ff77713          	and	a4,a4,1023
804030fc:	07b2                	sll	a5,a5,0xc
804030fe:	070a                	sll	a4,a4,0x2
80403100:	97ba                	add	a5,a5,a4
80403102:	01166613          	or	a2,a2,17
80403106:	dbf1                	beqz	a5,804030da <uvm_kva+0xa>
80403108:	439c                	lw	a5,0(a5)
8040310a:	00c7f733          	and	a4,a5,a2
8040310e:	fcc716e3          	bne	a4,a2,804030da <uvm_kva+0xa>
80403112:	83a9                	srl	a5,a5,0xa
80403114:	05d2                	sll	a1,a1,0x14
80403116:	07b2                	sll	a5,a5,0xc
80403118:	81d1                	srl	a1,a1,0x14
8040311a:	00b7e533          	or	a0,a5,a1
8040311e:	8082                	ret

80403120 <copyin>:
80403120:	cacd                	beqz	a3,804031d2 <copyin+0xb2>
80403122:	7179                	add	sp,sp,-48
80403124:	d04a                	sw	s2,32(sp)
80403126:	d606                	sw	ra,44(sp)
80403128:	d422                	sw	s0,40(sp)
8040312a:	d226                	sw	s1,36(sp)
8040312c:	ce4e                	sw	s3,28(sp)
8040312e:	cc52                	sw	s4,24(sp)
80403130:	ca56                	sw	s5,20(sp)
80403132:	c85a                	sw	s6,16(sp)
80403134:	c65e                	sw	s7,12(sp)
80403136:	c462                	sw	s8,8(sp)
80403138:	0c0007b7          	lui	a5,0xc000
8040313c:	8932                	mv	s2,a2
8040313e:	00f66f63          	bltu	a2,a5,8040315c <copyin+0x3c>
80403142:	5549                	li	a0,-14
80403144:	50b2                	lw	ra,44(sp)
80403146:	5422                	lw	s0,40(sp)
80403148:	5492                	lw	s1,36(sp)
8040314a:	5902                	lw	s2,32(sp)
8040314c:	49f2                	lw	s3,28(sp)
8040314e:	4a62                	lw	s4,24(sp)
80403150:	4ad2                	lw	s5,20(sp)
80403152:	4b42                	lw	s6,16(sp)
80403154:	4bb2                	lw	s7,12(sp)
80403156:	4c22                	lw	s8,8(sp)
80403158:	6145                	add	sp,sp,48
8040315a:	8082                	ret
8040315c:	6b05                	lui	s6,0x1
8040315e:	8436                	mv	s0,a3
80403160:	8a2a                	mv	s4,a0
80403162:	8c2e                	mv	s8,a1
80403164:	4acd                	li	s5,19
80403166:	fffb0b93          	add	s7,s6,-1 # fff <_entry-0x803ff001>
8040316a:	0c0009b7          	lui	s3,0xc000
8040316e:	01695793          	srl	a5,s2,0x16
80403172:	078a                	sll	a5,a5,0x2
80403174:	97d2                	add	a5,a5,s4
80403176:	439c                	lw	a5,0(a5)
80403178:	0017f713          	and	a4,a5,1
8040317c:	00e7f693          	and	a3,a5,14
80403180:	d369                	beqz	a4,80403142 <copyin+0x22>
80403182:	00c95713          	srl	a4,s2,0xc
80403186:	83a9                	srl	a5,a5,0xa
80403188:	3ff77713          	and	a4,a4,1023
8040318c:	07b2                	sll	a5,a5,0xc
8040318e:	070a                	sll	a4,a4,0x2
80403190:	97ba                	add	a5,a5,a4
80403192:	fac5                	bnez	a3,80403142 <copyin+0x22>
80403194:	017976b3          	and	a3,s2,s7
80403198:	8562                	mv	a0,s8
8040319a:	40db04b3          	sub	s1,s6,a3
8040319e:	d3d5                	beqz	a5,80403142 <copyin+0x22>
804031a0:	4398                	lw	a4,0(a5)
804031a2:	00a75793          	srl	a5,a4,0xa
804031a6:	07b2                	sll	a5,a5,0xc
804031a8:	8fd5                	or	a5,a5,a3
804031aa:	8b4d                	and	a4,a4,19
804031ac:	85be                	mv	a1,a5
804031ae:	f9571ae3          	bne	a4,s5,80403142 <copyin+0x22>
804031b2:	dbc1                	beqz	a5,80403142 <copyin+0x22>
804031b4:	00947363          	bgeu	s0,s1,804031ba <copyin+0x9a>
804031b8:	84a2                	mv	s1,s0
804031ba:	8626                	mv	a2,s1
804031bc:	8c05                	sub	s0,s0,s1
804031be:	b94ff0ef          	jal	80402552 <memcpy>
804031c2:	9926                	add	s2,s2,s1
804031c4:	9c26                	add	s8,s8,s1
804031c6:	c401                	beqz	s0,804031ce <copyin+0xae>
804031c8:	f7397de3          	bgeu	s2,s3,80403142 <copyin+0x22>
804031cc:	b74d                	j	8040316e <copyin+0x4e>
804031ce:	4501                	li	a0,0
804031d0:	bf95                	j	80403144 <copyin+0x24>
804031d2:	4501                	li	a0,0
804031d4:	8082                	ret

804031d6 <copyout>:
804031d6:	cacd                	beqz	a3,80403288 <copyout+0xb2>
804031d8:	7179                	add	sp,sp,-48
804031da:	d04a                	sw	s2,32(sp)
804031dc:	d606                	sw	ra,44(sp)
804031de:	d422                	sw	s0,40(sp)
804031e0:	d226                	sw	s1,36(sp)
804031e2:	ce4e                	sw	s3,28(sp)
804031e4:	cc52                	sw	s4,24(sp)
804031e6:	ca56                	sw	s5,20(sp)
804031e8:	c85a                	sw	s6,16(sp)
804031ea:	c65e                	sw	s7,12(sp)
804031ec:	c462                	sw	s8,8(sp)
804031ee:	0c0007b7          	lui	a5,0xc000
804031f2:	892e                	mv	s2,a1
804031f4:	00f5ef63          	bltu	a1,a5,80403212 <copyout+0x3c>
804031f8:	5549                	li	a0,-14
804031fa:	50b2                	lw	ra,44(sp)
804031fc:	5422                	lw	s0,40(sp)
804031fe:	5492                	lw	s1,36(sp)
80403200:	5902                	lw	s2,32(sp)
80403202:	49f2                	lw	s3,28(sp)
80403204:	4a62                	lw	s4,24(sp)
80403206:	4ad2                	lw	s5,20(sp)
80403208:	4b42                	lw	s6,16(sp)
8040320a:	4bb2                	lw	s7,12(sp)
8040320c:	4c22                	lw	s8,8(sp)
8040320e:	6145                	add	sp,sp,48
80403210:	8082                	ret
80403212:	6b05                	lui	s6,0x1
80403214:	8436                	mv	s0,a3
80403216:	8a2a                	mv	s4,a0
80403218:	8c32                	mv	s8,a2
8040321a:	4ad5                	li	s5,21
8040321c:	fffb0b93          	add	s7,s6,-1 # fff <_entry-0x803ff001>
80403220:	0c0009b7          	lui	s3,0xc000
80403224:	01695793          	srl	a5,s2,0x16
80403228:	078a                	sll	a5,a5,0x2
8040322a:	97d2                	add	a5,a5,s4
8040322c:	439c                	lw	a5,0(a5)
8040322e:	0017f713          	and	a4,a5,1
80403232:	00e7f693          	and	a3,a5,14
80403236:	d369                	beqz	a4,804031f8 <copyout+0x22>
80403238:	00c95713          	srl	a4,s2,0xc
8040323c:	83a9                	srl	a5,a5,0xa
8040323e:	3ff77713          	and	a4,a4,1023
80403242:	07b2                	sll	a5,a5,0xc
80403244:	070a                	sll	a4,a4,0x2
80403246:	97ba                	add	a5,a5,a4
80403248:	fac5                	bnez	a3,804031f8 <copyout+0x22>
8040324a:	017976b3          	and	a3,s2,s7
8040324e:	85e2                	mv	a1,s8
80403250:	40db04b3          	sub	s1,s6,a3
80403254:	d3d5                	beqz	a5,804031f8 <copyout+0x22>
80403256:	4398                	lw	a4,0(a5)
80403258:	00a75793          	srl	a5,a4,0xa
8040325c:	07b2                	sll	a5,a5,0xc
8040325e:	8fd5                	or	a5,a5,a3
80403260:	8b55                	and	a4,a4,21
80403262:	853e                	mv	a0,a5
80403264:	f9571ae3          	bne	a4,s5,804031f8 <copyout+0x22>
80403268:	dbc1                	beqz	a5,804031f8 <copyout+0x22>
8040326a:	00947363          	bgeu	s0,s1,80403270 <copyout+0x9a>
8040326e:	84a2                	mv	s1,s0
80403270:	8626                	mv	a2,s1
80403272:	8c05                	sub	s0,s0,s1
80403274:	adeff0ef          	jal	80402552 <memcpy>
80403278:	9926                	add	s2,s2,s1
8040327a:	9c26                	add	s8,s8,s1
8040327c:	c401                	beqz	s0,80403284 <copyout+0xae>
8040327e:	f7397de3          	bgeu	s2,s3,804031f8 <copyout+0x22>
80403282:	b74d                	j	80403224 <copyout+0x4e>
80403284:	4501                	li	a0,0
80403286:	bf95                	j	804031fa <copyout+0x24>
80403288:	4501                	li	a0,0
8040328a:	8082                	ret

8040328c <copyinstr>:
8040328c:	c2c9                	beqz	a3,8040330e <copyinstr+0x82>
8040328e:	0c000337          	lui	t1,0xc000
80403292:	00666463          	bltu	a2,t1,8040329a <copyinstr+0xe>
80403296:	5549                	li	a0,-14
80403298:	8082                	ret
8040329a:	6e85                	lui	t4,0x1
8040329c:	40c30333          	sub	t1,t1,a2
804032a0:	4781                	li	a5,0
804032a2:	4e4d                	li	t3,19
804032a4:	1efd                	add	t4,t4,-1 # fff <_entry-0x803ff001>
804032a6:	00f60833          	add	a6,a2,a5
804032aa:	01685713          	srl	a4,a6,0x16
804032ae:	070a                	sll	a4,a4,0x2
804032b0:	972a                	add	a4,a4,a0
804032b2:	4318                	lw	a4,0(a4)
804032b4:	00177893          	and	a7,a4,1
804032b8:	00e77f13          	and	t5,a4,14
804032bc:	fc088de3          	beqz	a7,80403296 <copyinstr+0xa>
804032c0:	00c85893          	srl	a7,a6,0xc
804032c4:	8329                	srl	a4,a4,0xa
804032c6:	3ff8f893          	and	a7,a7,1023
804032ca:	0732                	sll	a4,a4,0xc
804032cc:	088a                	sll	a7,a7,0x2
804032ce:	9746                	add	a4,a4,a7
804032d0:	fc0f13e3          	bnez	t5,80403296 <copyinstr+0xa>
804032d4:	00f58f33          	add	t5,a1,a5
804032d8:	01d878b3          	and	a7,a6,t4
804032dc:	df4d                	beqz	a4,80403296 <copyinstr+0xa>
804032de:	00072803          	lw	a6,0(a4)
804032e2:	00a85713          	srl	a4,a6,0xa
804032e6:	0732                	sll	a4,a4,0xc
804032e8:	01387813          	and	a6,a6,19
804032ec:	01176733          	or	a4,a4,a7
804032f0:	fbc813e3          	bne	a6,t3,80403296 <copyinstr+0xa>
804032f4:	d34d                	beqz	a4,80403296 <copyinstr+0xa>
804032f6:	00074703          	lbu	a4,0(a4)
804032fa:	00ef0023          	sb	a4,0(t5)
804032fe:	cb19                	beqz	a4,80403314 <copyinstr+0x88>
80403300:	0785                	add	a5,a5,1 # c000001 <_entry-0x743fffff>
80403302:	00f68663          	beq	a3,a5,8040330e <copyinstr+0x82>
80403306:	fa6790e3          	bne	a5,t1,804032a6 <copyinstr+0x1a>
8040330a:	5549                	li	a0,-14
8040330c:	8082                	ret
8040330e:	fdc00513          	li	a0,-36
80403312:	8082                	ret
80403314:	853e                	mv	a0,a5
80403316:	8082                	ret

80403318 <either_copyin>:
80403318:	1141                	add	sp,sp,-16
8040331a:	c422                	sw	s0,8(sp)
8040331c:	c226                	sw	s1,4(sp)
8040331e:	c04a                	sw	s2,0(sp)
80403320:	c606                	sw	ra,12(sp)
80403322:	842e                	mv	s0,a1
80403324:	84b2                	mv	s1,a2
80403326:	8936                	mv	s2,a3
80403328:	ed09                	bnez	a0,80403342 <either_copyin+0x2a>
8040332a:	85a6                	mv	a1,s1
8040332c:	8522                	mv	a0,s0
8040332e:	8636                	mv	a2,a3
80403330:	a22ff0ef          	jal	80402552 <memcpy>
80403334:	40b2                	lw	ra,12(sp)
80403336:	4422                	lw	s0,8(sp)
80403338:	4492                	lw	s1,4(sp)
8040333a:	4902                	lw	s2,0(sp)
8040333c:	4501                	li	a0,0
8040333e:	0141                	add	sp,sp,16
80403340:	8082                	ret
80403342:	c0bfe0ef          	jal	80401f4c <myproc>
80403346:	85a2                	mv	a1,s0
80403348:	4422                	lw	s0,8(sp)
8040334a:	40b2                	lw	ra,12(sp)
8040334c:	5908                	lw	a0,48(a0)
8040334e:	86ca                	mv	a3,s2
80403350:	8626                	mv	a2,s1
80403352:	4902                	lw	s2,0(sp)
80403354:	4492                	lw	s1,4(sp)
80403356:	0141                	add	sp,sp,16
80403358:	dc9ff06f          	j	80403120 <copyin>

8040335c <either_copyout>:
8040335c:	1141                	add	sp,sp,-16
8040335e:	c422                	sw	s0,8(sp)
80403360:	c226                	sw	s1,4(sp)
80403362:	c04a                	sw	s2,0(sp)
80403364:	c606                	sw	ra,12(sp)
80403366:	842e                	mv	s0,a1
80403368:	84b2                	mv	s1,a2
8040336a:	8936                	mv	s2,a3
8040336c:	ed09                	bnez	a0,80403386 <either_copyout+0x2a>
8040336e:	85a6                	mv	a1,s1
80403370:	8522                	mv	a0,s0
80403372:	8636                	mv	a2,a3
80403374:	9deff0ef          	jal	80402552 <memcpy>
80403378:	40b2                	lw	ra,12(sp)
8040337a:	4422                	lw	s0,8(sp)
8040337c:	4492                	lw	s1,4(sp)
8040337e:	4902                	lw	s2,0(sp)
80403380:	4501                	li	a0,0
80403382:	0141                	add	sp,sp,16
80403384:	8082                	ret
80403386:	bc7fe0ef          	jal	80401f4c <myproc>
8040338a:	85a2                	mv	a1,s0
8040338c:	4422                	lw	s0,8(sp)
8040338e:	40b2                	lw	ra,12(sp)
80403390:	5908                	lw	a0,48(a0)
80403392:	86ca                	mv	a3,s2
80403394:	8626                	mv	a2,s1
80403396:	4902                	lw	s2,0(sp)
80403398:	4492                	lw	s1,4(sp)
8040339a:	0141                	add	sp,sp,16
8040339c:	e3bff06f          	j	804031d6 <copyout>

804033a0 <arch_power_off>:
804033a0:	1141                	add	sp,sp,-16
804033a2:	0ff57793          	zext.b	a5,a0
804033a6:	c606                	sw	ra,12(sp)
804033a8:	4501                	li	a0,0
804033aa:	c781                	beqz	a5,804033b2 <arch_power_off+0x12>
804033ac:	f0000537          	lui	a0,0xf0000
804033b0:	8d5d                	or	a0,a0,a5
804033b2:	69d000ef          	jal	8040424e <sbi_shutdown>

804033b6 <arch_crash>:
804033b6:	1141                	add	sp,sp,-16
804033b8:	4505                	li	a0,1
804033ba:	c606                	sw	ra,12(sp)
804033bc:	693000ef          	jal	8040424e <sbi_shutdown>

804033c0 <main>:
804033c0:	1141                	add	sp,sp,-16
804033c2:	c422                	sw	s0,8(sp)
804033c4:	804ff437          	lui	s0,0x804ff
804033c8:	852e                	mv	a0,a1
804033ca:	d1040593          	add	a1,s0,-752 # 804fed10 <boot_info>
804033ce:	c606                	sw	ra,12(sp)
804033d0:	c226                	sw	s1,4(sp)
804033d2:	0d3000ef          	jal	80403ca4 <fdt_parse>
804033d6:	804007b7          	lui	a5,0x80400
804033da:	00078793          	mv	a5,a5
804033de:	80400737          	lui	a4,0x80400
804033e2:	00e78863          	beq	a5,a4,804033f2 <main+0x32>
804033e6:	80405537          	lui	a0,0x80405
804033ea:	56050513          	add	a0,a0,1376 # 80405560 <names.0+0x40>
804033ee:	aebfe0ef          	jal	80401ed8 <panic>
804033f2:	d1040493          	add	s1,s0,-752
804033f6:	4098                	lw	a4,0(s1)
804033f8:	fee7e7e3          	bltu	a5,a4,804033e6 <main+0x26>
804033fc:	40cc                	lw	a1,4(s1)
804033fe:	80500537          	lui	a0,0x80500
80403402:	00050793          	mv	a5,a0
80403406:	feb7f0e3          	bgeu	a5,a1,804033e6 <main+0x26>
8040340a:	00050513          	mv	a0,a0
8040340e:	cc6fe0ef          	jal	804018d4 <kinit>
80403412:	d1040513          	add	a0,s0,-752
80403416:	2c9000ef          	jal	80403ede <kvm_init>
8040341a:	653000ef          	jal	8040426c <trap_init>
8040341e:	5e7000ef          	jal	80404204 <sbi_init>
80403422:	5b1000ef          	jal	804041d2 <plic_init>
80403426:	707000ef          	jal	8040432c <uart_init>
8040342a:	2084a783          	lw	a5,520(s1)
8040342e:	ef81                	bnez	a5,80403446 <main+0x86>
80403430:	2104a783          	lw	a5,528(s1)
80403434:	ef89                	bnez	a5,8040344e <main+0x8e>
80403436:	2084a583          	lw	a1,520(s1)
8040343a:	804ff537          	lui	a0,0x804ff
8040343e:	d1850513          	add	a0,a0,-744 # 804fed18 <boot_info+0x8>
80403442:	d16fe0ef          	jal	80401958 <kernel_run>
80403446:	20c4a503          	lw	a0,524(s1)
8040344a:	206d                	jal	804034f4 <disk_init>
8040344c:	b7d5                	j	80403430 <main+0x70>
8040344e:	2144a503          	lw	a0,532(s1)
80403452:	401000ef          	jal	80404052 <net_init>
80403456:	b7c5                	j	80403436 <main+0x76>

80403458 <disk_wait>:
80403458:	804277b7          	lui	a5,0x80427
8040345c:	0647a603          	lw	a2,100(a5) # 80427064 <disk_base>
80403460:	00c60693          	add	a3,a2,12
80403464:	429c                	lw	a5,0(a3)
80403466:	0017f713          	and	a4,a5,1
8040346a:	eb01                	bnez	a4,8040347a <disk_wait+0x22>
8040346c:	0807f713          	and	a4,a5,128
80403470:	fb75                	bnez	a4,80403464 <disk_wait+0xc>
80403472:	8fe9                	and	a5,a5,a0
80403474:	fea798e3          	bne	a5,a0,80403464 <disk_wait+0xc>
80403478:	8082                	ret
8040347a:	4a10                	lw	a2,16(a2)
8040347c:	80405537          	lui	a0,0x80405
80403480:	1141                	add	sp,sp,-16
80403482:	58450513          	add	a0,a0,1412 # 80405584 <names.0+0x64>
80403486:	c606                	sw	ra,12(sp)
80403488:	a51fe0ef          	jal	80401ed8 <panic>

8040348c <disk_command>:
8040348c:	1141                	add	sp,sp,-16
8040348e:	c422                	sw	s0,8(sp)
80403490:	c226                	sw	s1,4(sp)
80403492:	c606                	sw	ra,12(sp)
80403494:	c04a                	sw	s2,0(sp)
80403496:	fff60713          	add	a4,a2,-1
8040349a:	0ff00793          	li	a5,255
8040349e:	8432                	mv	s0,a2
804034a0:	84ae                	mv	s1,a1
804034a2:	04e7e163          	bltu	a5,a4,804034e4 <disk_command+0x58>
804034a6:	804277b7          	lui	a5,0x80427
804034aa:	0607a783          	lw	a5,96(a5) # 80427060 <capacity>
804034ae:	02b7eb63          	bltu	a5,a1,804034e4 <disk_command+0x58>
804034b2:	8f8d                	sub	a5,a5,a1
804034b4:	02c7e863          	bltu	a5,a2,804034e4 <disk_command+0x58>
804034b8:	804055b7          	lui	a1,0x80405
804034bc:	892a                	mv	s2,a0
804034be:	5d058593          	add	a1,a1,1488 # 804055d0 <names.0+0xb0>
804034c2:	04000513          	li	a0,64
804034c6:	3f49                	jal	80403458 <disk_wait>
804034c8:	804277b7          	lui	a5,0x80427
804034cc:	0647a783          	lw	a5,100(a5) # 80427064 <disk_base>
804034d0:	40b2                	lw	ra,12(sp)
804034d2:	c3c0                	sw	s0,4(a5)
804034d4:	4422                	lw	s0,8(sp)
804034d6:	c784                	sw	s1,8(a5)
804034d8:	0127a623          	sw	s2,12(a5)
804034dc:	4492                	lw	s1,4(sp)
804034de:	4902                	lw	s2,0(sp)
804034e0:	0141                	add	sp,sp,16
804034e2:	8082                	ret
804034e4:	80405537          	lui	a0,0x80405
804034e8:	8622                	mv	a2,s0
804034ea:	85a6                	mv	a1,s1
804034ec:	5a450513          	add	a0,a0,1444 # 804055a4 <names.0+0x84>
804034f0:	9e9fe0ef          	jal	80401ed8 <panic>

804034f4 <disk_init>:
804034f4:	00052c23          	sw	zero,24(a0)
804034f8:	4958                	lw	a4,20(a0)
804034fa:	804277b7          	lui	a5,0x80427
804034fe:	06a7a223          	sw	a0,100(a5) # 80427064 <disk_base>
80403502:	804277b7          	lui	a5,0x80427
80403506:	06e7a023          	sw	a4,96(a5) # 80427060 <capacity>
8040350a:	8082                	ret

8040350c <disk_capacity>:
8040350c:	804277b7          	lui	a5,0x80427
80403510:	0607a503          	lw	a0,96(a5) # 80427060 <capacity>
80403514:	8082                	ret

80403516 <disk_read>:
80403516:	1101                	add	sp,sp,-32
80403518:	c452                	sw	s4,8(sp)
8040351a:	8a2e                	mv	s4,a1
8040351c:	ca26                	sw	s1,20(sp)
8040351e:	85aa                	mv	a1,a0
80403520:	84b2                	mv	s1,a2
80403522:	02000513          	li	a0,32
80403526:	8652                	mv	a2,s4
80403528:	ce06                	sw	ra,28(sp)
8040352a:	cc22                	sw	s0,24(sp)
8040352c:	c84a                	sw	s2,16(sp)
8040352e:	c64e                	sw	s3,12(sp)
80403530:	c256                	sw	s5,4(sp)
80403532:	3fa9                	jal	8040348c <disk_command>
80403534:	040a0b63          	beqz	s4,8040358a <disk_read+0x74>
80403538:	804277b7          	lui	a5,0x80427
8040353c:	0647a903          	lw	s2,100(a5) # 80427064 <disk_base>
80403540:	20048493          	add	s1,s1,512
80403544:	4981                	li	s3,0
80403546:	80405ab7          	lui	s5,0x80405
8040354a:	5d8a8593          	add	a1,s5,1496 # 804055d8 <names.0+0xb8>
8040354e:	4521                	li	a0,8
80403550:	e0048413          	add	s0,s1,-512
80403554:	f05ff0ef          	jal	80403458 <disk_wait>
80403558:	00092783          	lw	a5,0(s2)
8040355c:	0411                	add	s0,s0,4
8040355e:	fef42e23          	sw	a5,-4(s0)
80403562:	fe941be3          	bne	s0,s1,80403558 <disk_read+0x42>
80403566:	0985                	add	s3,s3,1 # c000001 <_entry-0x743fffff>
80403568:	20048493          	add	s1,s1,512
8040356c:	fd3a1fe3          	bne	s4,s3,8040354a <disk_read+0x34>
80403570:	4462                	lw	s0,24(sp)
80403572:	40f2                	lw	ra,28(sp)
80403574:	44d2                	lw	s1,20(sp)
80403576:	4942                	lw	s2,16(sp)
80403578:	49b2                	lw	s3,12(sp)
8040357a:	4a22                	lw	s4,8(sp)
8040357c:	5d8a8593          	add	a1,s5,1496
80403580:	4a92                	lw	s5,4(sp)
80403582:	4501                	li	a0,0
80403584:	6105                	add	sp,sp,32
80403586:	ed3ff06f          	j	80403458 <disk_wait>
8040358a:	80405ab7          	lui	s5,0x80405
8040358e:	b7cd                	j	80403570 <disk_read+0x5a>

80403590 <disk_write>:
80403590:	1101                	add	sp,sp,-32
80403592:	c452                	sw	s4,8(sp)
80403594:	8a2e                	mv	s4,a1
80403596:	ca26                	sw	s1,20(sp)
80403598:	85aa                	mv	a1,a0
8040359a:	84b2                	mv	s1,a2
8040359c:	03000513          	li	a0,48
804035a0:	8652                	mv	a2,s4
804035a2:	ce06                	sw	ra,28(sp)
804035a4:	cc22                	sw	s0,24(sp)
804035a6:	c84a                	sw	s2,16(sp)
804035a8:	c64e                	sw	s3,12(sp)
804035aa:	c256                	sw	s5,4(sp)
804035ac:	ee1ff0ef          	jal	8040348c <disk_command>
804035b0:	040a0a63          	beqz	s4,80403604 <disk_write+0x74>
804035b4:	804277b7          	lui	a5,0x80427
804035b8:	0647a903          	lw	s2,100(a5) # 80427064 <disk_base>
804035bc:	20048493          	add	s1,s1,512
804035c0:	4981                	li	s3,0
804035c2:	80405ab7          	lui	s5,0x80405
804035c6:	5e0a8593          	add	a1,s5,1504 # 804055e0 <names.0+0xc0>
804035ca:	4521                	li	a0,8
804035cc:	e0048413          	add	s0,s1,-512
804035d0:	e89ff0ef          	jal	80403458 <disk_wait>
804035d4:	401c                	lw	a5,0(s0)
804035d6:	0411                	add	s0,s0,4
804035d8:	00f92023          	sw	a5,0(s2)
804035dc:	fe941ce3          	bne	s0,s1,804035d4 <disk_write+0x44>
804035e0:	0985                	add	s3,s3,1
804035e2:	20048493          	add	s1,s1,512
804035e6:	ff3a10e3          	bne	s4,s3,804035c6 <disk_write+0x36>
804035ea:	4462                	lw	s0,24(sp)
804035ec:	40f2                	lw	ra,28(sp)
804035ee:	44d2                	lw	s1,20(sp)
804035f0:	4942                	lw	s2,16(sp)
804035f2:	49b2                	lw	s3,12(sp)
804035f4:	4a22                	lw	s4,8(sp)
804035f6:	5e0a8593          	add	a1,s5,1504
804035fa:	4a92                	lw	s5,4(sp)
804035fc:	4501                	li	a0,0
804035fe:	6105                	add	sp,sp,32
80403600:	e59ff06f          	j	80403458 <disk_wait>
80403604:	80405ab7          	lui	s5,0x80405
80403608:	b7cd                	j	804035ea <disk_write+0x5a>

8040360a <disk_flush>:
8040360a:	804055b7          	lui	a1,0x80405
8040360e:	1141                	add	sp,sp,-16
80403610:	5d058593          	add	a1,a1,1488 # 804055d0 <names.0+0xb0>
80403614:	04000513          	li	a0,64
80403618:	c606                	sw	ra,12(sp)
8040361a:	e3fff0ef          	jal	80403458 <disk_wait>
8040361e:	804277b7          	lui	a5,0x80427
80403622:	0647a783          	lw	a5,100(a5) # 80427064 <disk_base>
80403626:	40b2                	lw	ra,12(sp)
80403628:	0e700713          	li	a4,231
8040362c:	c7d8                	sw	a4,12(a5)
8040362e:	804055b7          	lui	a1,0x80405
80403632:	5e858593          	add	a1,a1,1512 # 804055e8 <names.0+0xc8>
80403636:	4501                	li	a0,0
80403638:	0141                	add	sp,sp,16
8040363a:	e1fff06f          	j	80403458 <disk_wait>

8040363e <strlist_has>:
8040363e:	1101                	add	sp,sp,-32
80403640:	c84a                	sw	s2,16(sp)
80403642:	892a                	mv	s2,a0
80403644:	8532                	mv	a0,a2
80403646:	ca26                	sw	s1,20(sp)
80403648:	c64e                	sw	s3,12(sp)
8040364a:	c452                	sw	s4,8(sp)
8040364c:	ce06                	sw	ra,28(sp)
8040364e:	cc22                	sw	s0,24(sp)
80403650:	8a32                	mv	s4,a2
80403652:	84ae                	mv	s1,a1
80403654:	f5ffe0ef          	jal	804025b2 <strlen>
80403658:	89aa                	mv	s3,a0
8040365a:	4501                	li	a0,0
8040365c:	c09d                	beqz	s1,80403682 <strlist_has+0x44>
8040365e:	842a                	mv	s0,a0
80403660:	a021                	j	80403668 <strlist_has+0x2a>
80403662:	0405                	add	s0,s0,1
80403664:	02848863          	beq	s1,s0,80403694 <strlist_has+0x56>
80403668:	008907b3          	add	a5,s2,s0
8040366c:	0007c783          	lbu	a5,0(a5)
80403670:	fbed                	bnez	a5,80403662 <strlist_has+0x24>
80403672:	40a40633          	sub	a2,s0,a0
80403676:	03360363          	beq	a2,s3,8040369c <strlist_has+0x5e>
8040367a:	00140513          	add	a0,s0,1
8040367e:	fe9560e3          	bltu	a0,s1,8040365e <strlist_has+0x20>
80403682:	40f2                	lw	ra,28(sp)
80403684:	4462                	lw	s0,24(sp)
80403686:	44d2                	lw	s1,20(sp)
80403688:	4942                	lw	s2,16(sp)
8040368a:	49b2                	lw	s3,12(sp)
8040368c:	4a22                	lw	s4,8(sp)
8040368e:	4501                	li	a0,0
80403690:	6105                	add	sp,sp,32
80403692:	8082                	ret
80403694:	40a48633          	sub	a2,s1,a0
80403698:	ff3611e3          	bne	a2,s3,8040367a <strlist_has+0x3c>
8040369c:	85d2                	mv	a1,s4
8040369e:	954a                	add	a0,a0,s2
804036a0:	eeffe0ef          	jal	8040258e <memcmp>
804036a4:	f979                	bnez	a0,8040367a <strlist_has+0x3c>
804036a6:	40f2                	lw	ra,28(sp)
804036a8:	4462                	lw	s0,24(sp)
804036aa:	44d2                	lw	s1,20(sp)
804036ac:	4942                	lw	s2,16(sp)
804036ae:	49b2                	lw	s3,12(sp)
804036b0:	4a22                	lw	s4,8(sp)
804036b2:	4505                	li	a0,1
804036b4:	6105                	add	sp,sp,32
804036b6:	8082                	ret

804036b8 <node_reg.isra.0>:
804036b8:	00c52303          	lw	t1,12(a0)
804036bc:	87aa                	mv	a5,a0
804036be:	08030a63          	beqz	t1,80403752 <node_reg.isra.0+0x9a>
804036c2:	fff58813          	add	a6,a1,-1
804036c6:	4885                	li	a7,1
804036c8:	4501                	li	a0,0
804036ca:	0908e563          	bltu	a7,a6,80403754 <node_reg.isra.0+0x9c>
804036ce:	4809                	li	a6,2
804036d0:	08c86263          	bltu	a6,a2,80403754 <node_reg.isra.0+0x9c>
804036d4:	4b9c                	lw	a5,16(a5)
804036d6:	00c58f33          	add	t5,a1,a2
804036da:	0f0a                	sll	t5,t5,0x2
804036dc:	07e7ec63          	bltu	a5,t5,80403754 <node_reg.isra.0+0x9c>
804036e0:	00259793          	sll	a5,a1,0x2
804036e4:	979a                	add	a5,a5,t1
804036e6:	851a                	mv	a0,t1
804036e8:	4e01                	li	t3,0
804036ea:	00054583          	lbu	a1,0(a0)
804036ee:	00154883          	lbu	a7,1(a0)
804036f2:	00354e83          	lbu	t4,3(a0)
804036f6:	00254803          	lbu	a6,2(a0)
804036fa:	08c2                	sll	a7,a7,0x10
804036fc:	05e2                	sll	a1,a1,0x18
804036fe:	0115e5b3          	or	a1,a1,a7
80403702:	01d5e5b3          	or	a1,a1,t4
80403706:	0822                	sll	a6,a6,0x8
80403708:	0511                	add	a0,a0,4
8040370a:	88f2                	mv	a7,t3
8040370c:	0105ee33          	or	t3,a1,a6
80403710:	fca79de3          	bne	a5,a0,804036ea <node_reg.isra.0+0x32>
80403714:	01c6a023          	sw	t3,0(a3)
80403718:	0116a223          	sw	a7,4(a3)
8040371c:	ce0d                	beqz	a2,80403756 <node_reg.isra.0+0x9e>
8040371e:	937a                	add	t1,t1,t5
80403720:	4501                	li	a0,0
80403722:	0007c683          	lbu	a3,0(a5)
80403726:	0017c583          	lbu	a1,1(a5)
8040372a:	0037c803          	lbu	a6,3(a5)
8040372e:	0027c603          	lbu	a2,2(a5)
80403732:	05c2                	sll	a1,a1,0x10
80403734:	06e2                	sll	a3,a3,0x18
80403736:	8ecd                	or	a3,a3,a1
80403738:	0106e6b3          	or	a3,a3,a6
8040373c:	0622                	sll	a2,a2,0x8
8040373e:	0791                	add	a5,a5,4
80403740:	85aa                	mv	a1,a0
80403742:	00c6e533          	or	a0,a3,a2
80403746:	fcf31ee3          	bne	t1,a5,80403722 <node_reg.isra.0+0x6a>
8040374a:	c308                	sw	a0,0(a4)
8040374c:	c34c                	sw	a1,4(a4)
8040374e:	4505                	li	a0,1
80403750:	8082                	ret
80403752:	4501                	li	a0,0
80403754:	8082                	ret
80403756:	4501                	li	a0,0
80403758:	4581                	li	a1,0
8040375a:	bfc5                	j	8040374a <node_reg.isra.0+0x92>

8040375c <fdt_walk>:
8040375c:	d9010113          	add	sp,sp,-624
80403760:	25412c23          	sw	s4,600(sp)
80403764:	25812423          	sw	s8,584(sp)
80403768:	02000613          	li	a2,32
8040376c:	8c2a                	mv	s8,a0
8040376e:	8a2e                	mv	s4,a1
80403770:	0808                	add	a0,sp,16
80403772:	4581                	li	a1,0
80403774:	25a12023          	sw	s10,576(sp)
80403778:	23b12e23          	sw	s11,572(sp)
8040377c:	26112623          	sw	ra,620(sp)
80403780:	26812423          	sw	s0,616(sp)
80403784:	26912223          	sw	s1,612(sp)
80403788:	27212023          	sw	s2,608(sp)
8040378c:	25312e23          	sw	s3,604(sp)
80403790:	25512a23          	sw	s5,596(sp)
80403794:	25612823          	sw	s6,592(sp)
80403798:	25712623          	sw	s7,588(sp)
8040379c:	25912223          	sw	s9,580(sp)
804037a0:	d71fe0ef          	jal	80402510 <memset>
804037a4:	004c2d03          	lw	s10,4(s8)
804037a8:	4709                	li	a4,2
804037aa:	008c2603          	lw	a2,8(s8)
804037ae:	ca3a                	sw	a4,20(sp)
804037b0:	4705                	li	a4,1
804037b2:	cc3a                	sw	a4,24(sp)
804037b4:	004d0d93          	add	s11,s10,4
804037b8:	4bb66863          	bltu	a2,s11,80403c68 <fdt_walk+0x50c>
804037bc:	4c81                	li	s9,0
804037be:	4905                	li	s2,1
804037c0:	498d                	li	s3,3
804037c2:	80405ab7          	lui	s5,0x80405
804037c6:	80405bb7          	lui	s7,0x80405
804037ca:	80405b37          	lui	s6,0x80405
804037ce:	a00d                	j	804037f0 <fdt_walk+0x94>
804037d0:	0d358163          	beq	a1,s3,80403892 <fdt_walk+0x136>
804037d4:	4789                	li	a5,2
804037d6:	0cf58663          	beq	a1,a5,804038a2 <fdt_walk+0x146>
804037da:	47a5                	li	a5,9
804037dc:	2ef58163          	beq	a1,a5,80403abe <fdt_walk+0x362>
804037e0:	4791                	li	a5,4
804037e2:	0af59a63          	bne	a1,a5,80403896 <fdt_walk+0x13a>
804037e6:	8d6e                	mv	s10,s11
804037e8:	004d0d93          	add	s11,s10,4
804037ec:	47b66e63          	bltu	a2,s11,80403c68 <fdt_walk+0x50c>
804037f0:	000c2683          	lw	a3,0(s8)
804037f4:	01a68533          	add	a0,a3,s10
804037f8:	00054583          	lbu	a1,0(a0)
804037fc:	00154883          	lbu	a7,1(a0)
80403800:	00354303          	lbu	t1,3(a0)
80403804:	00254503          	lbu	a0,2(a0)
80403808:	05e2                	sll	a1,a1,0x18
8040380a:	08c2                	sll	a7,a7,0x10
8040380c:	0115e5b3          	or	a1,a1,a7
80403810:	0065e5b3          	or	a1,a1,t1
80403814:	0522                	sll	a0,a0,0x8
80403816:	8dc9                	or	a1,a1,a0
80403818:	fb259ce3          	bne	a1,s2,804037d0 <fdt_walk+0x74>
8040381c:	0c85                	add	s9,s9,1
8040381e:	47c1                	li	a5,16
80403820:	4797c063          	blt	a5,s9,80403c80 <fdt_walk+0x524>
80403824:	42cdf163          	bgeu	s11,a2,80403c46 <fdt_walk+0x4ea>
80403828:	846e                	mv	s0,s11
8040382a:	a021                	j	80403832 <fdt_walk+0xd6>
8040382c:	0405                	add	s0,s0,1
8040382e:	40c47c63          	bgeu	s0,a2,80403c46 <fdt_walk+0x4ea>
80403832:	008687b3          	add	a5,a3,s0
80403836:	0007c783          	lbu	a5,0(a5)
8040383a:	fbed                	bnez	a5,8040382c <fdt_walk+0xd0>
8040383c:	081c                	add	a5,sp,16
8040383e:	005c9d13          	sll	s10,s9,0x5
80403842:	01a78533          	add	a0,a5,s10
80403846:	02000613          	li	a2,32
8040384a:	4581                	li	a1,0
8040384c:	cc5fe0ef          	jal	80402510 <memset>
80403850:	000c2503          	lw	a0,0(s8)
80403854:	230d0793          	add	a5,s10,560
80403858:	978a                	add	a5,a5,sp
8040385a:	4689                	li	a3,2
8040385c:	956e                	add	a0,a0,s11
8040385e:	4491                	li	s1,4
80403860:	dea7a023          	sw	a0,-544(a5)
80403864:	ded7a223          	sw	a3,-540(a5)
80403868:	df27a423          	sw	s2,-536(a5)
8040386c:	41b484b3          	sub	s1,s1,s11
80403870:	16dc8463          	beq	s9,a3,804039d8 <fdt_walk+0x27c>
80403874:	4681                	li	a3,0
80403876:	230d0713          	add	a4,s10,560
8040387a:	009407b3          	add	a5,s0,s1
8040387e:	002708b3          	add	a7,a4,sp
80403882:	9bf1                	and	a5,a5,-4
80403884:	008c2603          	lw	a2,8(s8)
80403888:	ded8ae23          	sw	a3,-516(a7)
8040388c:	01b78d33          	add	s10,a5,s11
80403890:	bfa1                	j	804037e8 <fdt_walk+0x8c>
80403892:	060c9763          	bnez	s9,80403900 <fdt_walk+0x1a4>
80403896:	80405537          	lui	a0,0x80405
8040389a:	71450513          	add	a0,a0,1812 # 80405714 <names.0+0x1f4>
8040389e:	e3afe0ef          	jal	80401ed8 <panic>
804038a2:	fe0c8ae3          	beqz	s9,80403896 <fdt_walk+0x13a>
804038a6:	005c9d13          	sll	s10,s9,0x5
804038aa:	230d0793          	add	a5,s10,560
804038ae:	978a                	add	a5,a5,sp
804038b0:	dfc7a783          	lw	a5,-516(a5)
804038b4:	0818                	add	a4,sp,16
804038b6:	fe0d0693          	add	a3,s10,-32
804038ba:	01a704b3          	add	s1,a4,s10
804038be:	1cfd                	add	s9,s9,-1
804038c0:	00d70433          	add	s0,a4,a3
804038c4:	c789                	beqz	a5,804038ce <fdt_walk+0x172>
804038c6:	004a2783          	lw	a5,4(s4) # 1004 <_entry-0x803feffc>
804038ca:	28078f63          	beqz	a5,80403b68 <fdt_walk+0x40c>
804038ce:	230d0793          	add	a5,s10,560
804038d2:	978a                	add	a5,a5,sp
804038d4:	df47a783          	lw	a5,-524(a5)
804038d8:	c789                	beqz	a5,804038e2 <fdt_walk+0x186>
804038da:	208a2783          	lw	a5,520(s4)
804038de:	20078d63          	beqz	a5,80403af8 <fdt_walk+0x39c>
804038e2:	230d0793          	add	a5,s10,560
804038e6:	002788b3          	add	a7,a5,sp
804038ea:	df88a783          	lw	a5,-520(a7)
804038ee:	c789                	beqz	a5,804038f8 <fdt_walk+0x19c>
804038f0:	210a2783          	lw	a5,528(s4)
804038f4:	22078e63          	beqz	a5,80403b30 <fdt_walk+0x3d4>
804038f8:	008c2603          	lw	a2,8(s8)
804038fc:	8d6e                	mv	s10,s11
804038fe:	b5ed                	j	804037e8 <fdt_walk+0x8c>
80403900:	00cd0893          	add	a7,s10,12
80403904:	37166863          	bltu	a2,a7,80403c74 <fdt_walk+0x518>
80403908:	01b68533          	add	a0,a3,s11
8040390c:	008d0593          	add	a1,s10,8
80403910:	95b6                	add	a1,a1,a3
80403912:	00054d83          	lbu	s11,0(a0)
80403916:	00154f03          	lbu	t5,1(a0)
8040391a:	0005c483          	lbu	s1,0(a1)
8040391e:	0015c303          	lbu	t1,1(a1)
80403922:	00354e83          	lbu	t4,3(a0)
80403926:	00254503          	lbu	a0,2(a0)
8040392a:	0035ce03          	lbu	t3,3(a1)
8040392e:	0de2                	sll	s11,s11,0x18
80403930:	0025c583          	lbu	a1,2(a1)
80403934:	0f42                	sll	t5,t5,0x10
80403936:	01ededb3          	or	s11,s11,t5
8040393a:	04e2                	sll	s1,s1,0x18
8040393c:	0342                	sll	t1,t1,0x10
8040393e:	01ddedb3          	or	s11,s11,t4
80403942:	0522                	sll	a0,a0,0x8
80403944:	0064e4b3          	or	s1,s1,t1
80403948:	01c4e4b3          	or	s1,s1,t3
8040394c:	05a2                	sll	a1,a1,0x8
8040394e:	00adedb3          	or	s11,s11,a0
80403952:	41160633          	sub	a2,a2,a7
80403956:	8ccd                	or	s1,s1,a1
80403958:	35b66063          	bltu	a2,s11,80403c98 <fdt_walk+0x53c>
8040395c:	010c2503          	lw	a0,16(s8)
80403960:	32a4fc63          	bgeu	s1,a0,80403c98 <fdt_walk+0x53c>
80403964:	00cc2603          	lw	a2,12(s8)
80403968:	94b2                	add	s1,s1,a2
8040396a:	9532                	add	a0,a0,a2
8040396c:	2ca4fd63          	bgeu	s1,a0,80403c46 <fdt_walk+0x4ea>
80403970:	94b6                	add	s1,s1,a3
80403972:	8626                	mv	a2,s1
80403974:	9536                	add	a0,a0,a3
80403976:	a021                	j	8040397e <fdt_walk+0x222>
80403978:	0605                	add	a2,a2,1
8040397a:	2ca60663          	beq	a2,a0,80403c46 <fdt_walk+0x4ea>
8040397e:	00064583          	lbu	a1,0(a2)
80403982:	f9fd                	bnez	a1,80403978 <fdt_walk+0x21c>
80403984:	688a8593          	add	a1,s5,1672 # 80405688 <names.0+0x168>
80403988:	8526                	mv	a0,s1
8040398a:	01168433          	add	s0,a3,a7
8040398e:	c6dfe0ef          	jal	804025fa <strcmp>
80403992:	e52d                	bnez	a0,804039fc <fdt_walk+0x2a0>
80403994:	4691                	li	a3,4
80403996:	0add8363          	beq	s11,a3,80403a3c <fdt_walk+0x2e0>
8040399a:	698b8593          	add	a1,s7,1688 # 80405698 <names.0+0x178>
8040399e:	8526                	mv	a0,s1
804039a0:	c5bfe0ef          	jal	804025fa <strcmp>
804039a4:	804057b7          	lui	a5,0x80405
804039a8:	71078593          	add	a1,a5,1808 # 80405710 <names.0+0x1f0>
804039ac:	8526                	mv	a0,s1
804039ae:	c4dfe0ef          	jal	804025fa <strcmp>
804039b2:	ed45                	bnez	a0,80403a6a <fdt_walk+0x30e>
804039b4:	005c9693          	sll	a3,s9,0x5
804039b8:	23068793          	add	a5,a3,560
804039bc:	002786b3          	add	a3,a5,sp
804039c0:	de86a623          	sw	s0,-532(a3)
804039c4:	dfb6a823          	sw	s11,-528(a3)
804039c8:	00fd0793          	add	a5,s10,15
804039cc:	97ee                	add	a5,a5,s11
804039ce:	008c2603          	lw	a2,8(s8)
804039d2:	ffc7fd13          	and	s10,a5,-4
804039d6:	bd09                	j	804037e8 <fdt_walk+0x8c>
804039d8:	634b0593          	add	a1,s6,1588 # 80405634 <names.0+0x114>
804039dc:	c1ffe0ef          	jal	804025fa <strcmp>
804039e0:	4685                	li	a3,1
804039e2:	e8050ae3          	beqz	a0,80403876 <fdt_walk+0x11a>
804039e6:	4546                	lw	a0,80(sp)
804039e8:	804057b7          	lui	a5,0x80405
804039ec:	461d                	li	a2,7
804039ee:	63c78593          	add	a1,a5,1596 # 8040563c <names.0+0x11c>
804039f2:	bdbfe0ef          	jal	804025cc <strncmp>
804039f6:	00153693          	seqz	a3,a0
804039fa:	bdb5                	j	80403876 <fdt_walk+0x11a>
804039fc:	698b8593          	add	a1,s7,1688
80403a00:	8526                	mv	a0,s1
80403a02:	bf9fe0ef          	jal	804025fa <strcmp>
80403a06:	fd59                	bnez	a0,804039a4 <fdt_walk+0x248>
80403a08:	4691                	li	a3,4
80403a0a:	f8dd9de3          	bne	s11,a3,804039a4 <fdt_walk+0x248>
80403a0e:	00044683          	lbu	a3,0(s0)
80403a12:	00144603          	lbu	a2,1(s0)
80403a16:	00344503          	lbu	a0,3(s0)
80403a1a:	00244583          	lbu	a1,2(s0)
80403a1e:	0642                	sll	a2,a2,0x10
80403a20:	06e2                	sll	a3,a3,0x18
80403a22:	8ed1                	or	a3,a3,a2
80403a24:	005c9613          	sll	a2,s9,0x5
80403a28:	8ec9                	or	a3,a3,a0
80403a2a:	05a2                	sll	a1,a1,0x8
80403a2c:	23060793          	add	a5,a2,560
80403a30:	00278633          	add	a2,a5,sp
80403a34:	8ecd                	or	a3,a3,a1
80403a36:	ded62423          	sw	a3,-536(a2)
80403a3a:	b779                	j	804039c8 <fdt_walk+0x26c>
80403a3c:	00044683          	lbu	a3,0(s0)
80403a40:	00144603          	lbu	a2,1(s0)
80403a44:	00344503          	lbu	a0,3(s0)
80403a48:	00244583          	lbu	a1,2(s0)
80403a4c:	0642                	sll	a2,a2,0x10
80403a4e:	06e2                	sll	a3,a3,0x18
80403a50:	8ed1                	or	a3,a3,a2
80403a52:	005c9613          	sll	a2,s9,0x5
80403a56:	8ec9                	or	a3,a3,a0
80403a58:	05a2                	sll	a1,a1,0x8
80403a5a:	23060793          	add	a5,a2,560
80403a5e:	00278633          	add	a2,a5,sp
80403a62:	8ecd                	or	a3,a3,a1
80403a64:	ded62223          	sw	a3,-540(a2)
80403a68:	b785                	j	804039c8 <fdt_walk+0x26c>
80403a6a:	804057b7          	lui	a5,0x80405
80403a6e:	6a478593          	add	a1,a5,1700 # 804056a4 <names.0+0x184>
80403a72:	8526                	mv	a0,s1
80403a74:	b87fe0ef          	jal	804025fa <strcmp>
80403a78:	12051b63          	bnez	a0,80403bae <fdt_walk+0x452>
80403a7c:	80405637          	lui	a2,0x80405
80403a80:	6b060613          	add	a2,a2,1712 # 804056b0 <names.0+0x190>
80403a84:	85ee                	mv	a1,s11
80403a86:	8522                	mv	a0,s0
80403a88:	bb7ff0ef          	jal	8040363e <strlist_has>
80403a8c:	005c9493          	sll	s1,s9,0x5
80403a90:	23048793          	add	a5,s1,560
80403a94:	002784b3          	add	s1,a5,sp
80403a98:	df44a683          	lw	a3,-524(s1)
80403a9c:	80405637          	lui	a2,0x80405
80403aa0:	6c460613          	add	a2,a2,1732 # 804056c4 <names.0+0x1a4>
80403aa4:	8ec9                	or	a3,a3,a0
80403aa6:	85ee                	mv	a1,s11
80403aa8:	8522                	mv	a0,s0
80403aaa:	ded4aa23          	sw	a3,-524(s1)
80403aae:	b91ff0ef          	jal	8040363e <strlist_has>
80403ab2:	df84a683          	lw	a3,-520(s1)
80403ab6:	8ec9                	or	a3,a3,a0
80403ab8:	ded4ac23          	sw	a3,-520(s1)
80403abc:	b731                	j	804039c8 <fdt_walk+0x26c>
80403abe:	26c12083          	lw	ra,620(sp)
80403ac2:	26812403          	lw	s0,616(sp)
80403ac6:	26412483          	lw	s1,612(sp)
80403aca:	26012903          	lw	s2,608(sp)
80403ace:	25c12983          	lw	s3,604(sp)
80403ad2:	25812a03          	lw	s4,600(sp)
80403ad6:	25412a83          	lw	s5,596(sp)
80403ada:	25012b03          	lw	s6,592(sp)
80403ade:	24c12b83          	lw	s7,588(sp)
80403ae2:	24812c03          	lw	s8,584(sp)
80403ae6:	24412c83          	lw	s9,580(sp)
80403aea:	24012d03          	lw	s10,576(sp)
80403aee:	23c12d83          	lw	s11,572(sp)
80403af2:	27010113          	add	sp,sp,624
80403af6:	8082                	ret
80403af8:	4410                	lw	a2,8(s0)
80403afa:	404c                	lw	a1,4(s0)
80403afc:	0038                	add	a4,sp,8
80403afe:	868a                	mv	a3,sp
80403b00:	8526                	mv	a0,s1
80403b02:	bb7ff0ef          	jal	804036b8 <node_reg.isra.0>
80403b06:	dc050ee3          	beqz	a0,804038e2 <fdt_walk+0x186>
80403b0a:	4712                	lw	a4,4(sp)
80403b0c:	4782                	lw	a5,0(sp)
80403b0e:	dc071ae3          	bnez	a4,804038e2 <fdt_walk+0x186>
80403b12:	777d                	lui	a4,0xfffff
80403b14:	dce7f7e3          	bgeu	a5,a4,804038e2 <fdt_walk+0x186>
80403b18:	4732                	lw	a4,12(sp)
80403b1a:	e709                	bnez	a4,80403b24 <fdt_walk+0x3c8>
80403b1c:	46a2                	lw	a3,8(sp)
80403b1e:	6705                	lui	a4,0x1
80403b20:	dce6e1e3          	bltu	a3,a4,804038e2 <fdt_walk+0x186>
80403b24:	4705                	li	a4,1
80403b26:	20ea2423          	sw	a4,520(s4)
80403b2a:	20fa2623          	sw	a5,524(s4)
80403b2e:	bb55                	j	804038e2 <fdt_walk+0x186>
80403b30:	4410                	lw	a2,8(s0)
80403b32:	404c                	lw	a1,4(s0)
80403b34:	0038                	add	a4,sp,8
80403b36:	868a                	mv	a3,sp
80403b38:	8526                	mv	a0,s1
80403b3a:	b7fff0ef          	jal	804036b8 <node_reg.isra.0>
80403b3e:	da050de3          	beqz	a0,804038f8 <fdt_walk+0x19c>
80403b42:	4712                	lw	a4,4(sp)
80403b44:	4782                	lw	a5,0(sp)
80403b46:	da0719e3          	bnez	a4,804038f8 <fdt_walk+0x19c>
80403b4a:	777d                	lui	a4,0xfffff
80403b4c:	dae7f6e3          	bgeu	a5,a4,804038f8 <fdt_walk+0x19c>
80403b50:	4732                	lw	a4,12(sp)
80403b52:	e709                	bnez	a4,80403b5c <fdt_walk+0x400>
80403b54:	46a2                	lw	a3,8(sp)
80403b56:	6705                	lui	a4,0x1
80403b58:	dae6e0e3          	bltu	a3,a4,804038f8 <fdt_walk+0x19c>
80403b5c:	4705                	li	a4,1
80403b5e:	20ea2823          	sw	a4,528(s4)
80403b62:	20fa2a23          	sw	a5,532(s4)
80403b66:	bb49                	j	804038f8 <fdt_walk+0x19c>
80403b68:	4410                	lw	a2,8(s0)
80403b6a:	404c                	lw	a1,4(s0)
80403b6c:	0038                	add	a4,sp,8
80403b6e:	868a                	mv	a3,sp
80403b70:	8526                	mv	a0,s1
80403b72:	b47ff0ef          	jal	804036b8 <node_reg.isra.0>
80403b76:	d4050ce3          	beqz	a0,804038ce <fdt_walk+0x172>
80403b7a:	4702                	lw	a4,0(sp)
80403b7c:	46a2                	lw	a3,8(sp)
80403b7e:	4512                	lw	a0,4(sp)
80403b80:	45b2                	lw	a1,12(sp)
80403b82:	00d707b3          	add	a5,a4,a3
80403b86:	00e7b633          	sltu	a2,a5,a4
80403b8a:	00b50e33          	add	t3,a0,a1
80403b8e:	9672                	add	a2,a2,t3
80403b90:	0e051e63          	bnez	a0,80403c8c <fdt_walk+0x530>
80403b94:	757d                	lui	a0,0xfffff
80403b96:	0ea77b63          	bgeu	a4,a0,80403c8c <fdt_walk+0x530>
80403b9a:	8ecd                	or	a3,a3,a1
80403b9c:	0e068863          	beqz	a3,80403c8c <fdt_walk+0x530>
80403ba0:	00ea2023          	sw	a4,0(s4)
80403ba4:	ce0d                	beqz	a2,80403bde <fdt_walk+0x482>
80403ba6:	77fd                	lui	a5,0xfffff
80403ba8:	00fa2223          	sw	a5,4(s4)
80403bac:	b30d                	j	804038ce <fdt_walk+0x172>
80403bae:	804055b7          	lui	a1,0x80405
80403bb2:	6d458593          	add	a1,a1,1748 # 804056d4 <names.0+0x1b4>
80403bb6:	8526                	mv	a0,s1
80403bb8:	a43fe0ef          	jal	804025fa <strcmp>
80403bbc:	86aa                	mv	a3,a0
80403bbe:	e50d                	bnez	a0,80403be8 <fdt_walk+0x48c>
80403bc0:	4609                	li	a2,2
80403bc2:	08cc8863          	beq	s9,a2,80403c52 <fdt_walk+0x4f6>
80403bc6:	005c9613          	sll	a2,s9,0x5
80403bca:	23060793          	add	a5,a2,560
80403bce:	00278633          	add	a2,a5,sp
80403bd2:	dfc62583          	lw	a1,-516(a2)
80403bd6:	8ecd                	or	a3,a3,a1
80403bd8:	ded62e23          	sw	a3,-516(a2)
80403bdc:	b3f5                	j	804039c8 <fdt_walk+0x26c>
80403bde:	777d                	lui	a4,0xfffff
80403be0:	fcf774e3          	bgeu	a4,a5,80403ba8 <fdt_walk+0x44c>
80403be4:	77fd                	lui	a5,0xfffff
80403be6:	b7c9                	j	80403ba8 <fdt_walk+0x44c>
80403be8:	804055b7          	lui	a1,0x80405
80403bec:	6e058593          	add	a1,a1,1760 # 804056e0 <names.0+0x1c0>
80403bf0:	8526                	mv	a0,s1
80403bf2:	a09fe0ef          	jal	804025fa <strcmp>
80403bf6:	dc0519e3          	bnez	a0,804039c8 <fdt_walk+0x26c>
80403bfa:	4689                	li	a3,2
80403bfc:	dcdc96e3          	bne	s9,a3,804039c8 <fdt_walk+0x26c>
80403c00:	4546                	lw	a0,80(sp)
80403c02:	804055b7          	lui	a1,0x80405
80403c06:	6ec58593          	add	a1,a1,1772 # 804056ec <names.0+0x1cc>
80403c0a:	9f1fe0ef          	jal	804025fa <strcmp>
80403c0e:	da051de3          	bnez	a0,804039c8 <fdt_walk+0x26c>
80403c12:	4481                	li	s1,0
80403c14:	1ff00693          	li	a3,511
80403c18:	000d9863          	bnez	s11,80403c28 <fdt_walk+0x4cc>
80403c1c:	a819                	j	80403c32 <fdt_walk+0x4d6>
80403c1e:	0485                	add	s1,s1,1
80403c20:	009d8963          	beq	s11,s1,80403c32 <fdt_walk+0x4d6>
80403c24:	00d48763          	beq	s1,a3,80403c32 <fdt_walk+0x4d6>
80403c28:	00940633          	add	a2,s0,s1
80403c2c:	00064603          	lbu	a2,0(a2)
80403c30:	f67d                	bnez	a2,80403c1e <fdt_walk+0x4c2>
80403c32:	8626                	mv	a2,s1
80403c34:	85a2                	mv	a1,s0
80403c36:	008a0513          	add	a0,s4,8
80403c3a:	94d2                	add	s1,s1,s4
80403c3c:	917fe0ef          	jal	80402552 <memcpy>
80403c40:	00048423          	sb	zero,8(s1)
80403c44:	b351                	j	804039c8 <fdt_walk+0x26c>
80403c46:	80405537          	lui	a0,0x80405
80403c4a:	61450513          	add	a0,a0,1556 # 80405614 <names.0+0xf4>
80403c4e:	a8afe0ef          	jal	80401ed8 <panic>
80403c52:	80405637          	lui	a2,0x80405
80403c56:	63460613          	add	a2,a2,1588 # 80405634 <names.0+0x114>
80403c5a:	85ee                	mv	a1,s11
80403c5c:	8522                	mv	a0,s0
80403c5e:	9e1ff0ef          	jal	8040363e <strlist_has>
80403c62:	00a036b3          	snez	a3,a0
80403c66:	b785                	j	80403bc6 <fdt_walk+0x46a>
80403c68:	80405537          	lui	a0,0x80405
80403c6c:	72c50513          	add	a0,a0,1836 # 8040572c <names.0+0x20c>
80403c70:	a68fe0ef          	jal	80401ed8 <panic>
80403c74:	80405537          	lui	a0,0x80405
80403c78:	64450513          	add	a0,a0,1604 # 80405644 <names.0+0x124>
80403c7c:	a5cfe0ef          	jal	80401ed8 <panic>
80403c80:	80405537          	lui	a0,0x80405
80403c84:	5f050513          	add	a0,a0,1520 # 804055f0 <names.0+0xd0>
80403c88:	a50fe0ef          	jal	80401ed8 <panic>
80403c8c:	80405537          	lui	a0,0x80405
80403c90:	6f450513          	add	a0,a0,1780 # 804056f4 <names.0+0x1d4>
80403c94:	a44fe0ef          	jal	80401ed8 <panic>
80403c98:	80405537          	lui	a0,0x80405
80403c9c:	66450513          	add	a0,a0,1636 # 80405664 <names.0+0x144>
80403ca0:	a38fe0ef          	jal	80401ed8 <panic>

80403ca4 <fdt_parse>:
80403ca4:	7139                	add	sp,sp,-64
80403ca6:	da26                	sw	s1,52(sp)
80403ca8:	84ae                	mv	s1,a1
80403caa:	dc22                	sw	s0,56(sp)
80403cac:	21800613          	li	a2,536
80403cb0:	842a                	mv	s0,a0
80403cb2:	4581                	li	a1,0
80403cb4:	8526                	mv	a0,s1
80403cb6:	de06                	sw	ra,60(sp)
80403cb8:	d84a                	sw	s2,48(sp)
80403cba:	d64e                	sw	s3,44(sp)
80403cbc:	d452                	sw	s4,40(sp)
80403cbe:	d256                	sw	s5,36(sp)
80403cc0:	851fe0ef          	jal	80402510 <memset>
80403cc4:	12040c63          	beqz	s0,80403dfc <fdt_parse+0x158>
80403cc8:	00347793          	and	a5,s0,3
80403ccc:	12079863          	bnez	a5,80403dfc <fdt_parse+0x158>
80403cd0:	00044783          	lbu	a5,0(s0)
80403cd4:	00144683          	lbu	a3,1(s0)
80403cd8:	00344603          	lbu	a2,3(s0)
80403cdc:	00244703          	lbu	a4,2(s0)
80403ce0:	07e2                	sll	a5,a5,0x18
80403ce2:	06c2                	sll	a3,a3,0x10
80403ce4:	8fd5                	or	a5,a5,a3
80403ce6:	0722                	sll	a4,a4,0x8
80403ce8:	8fd1                	or	a5,a5,a2
80403cea:	8fd9                	or	a5,a5,a4
80403cec:	d00e0737          	lui	a4,0xd00e0
80403cf0:	eed70713          	add	a4,a4,-275 # d00dfeed <kernel_end+0x4fbdfeed>
80403cf4:	10e79463          	bne	a5,a4,80403dfc <fdt_parse+0x158>
80403cf8:	00444583          	lbu	a1,4(s0)
80403cfc:	00544903          	lbu	s2,5(s0)
80403d00:	00844703          	lbu	a4,8(s0)
80403d04:	00944a83          	lbu	s5,9(s0)
80403d08:	00c44603          	lbu	a2,12(s0)
80403d0c:	00d44283          	lbu	t0,13(s0)
80403d10:	02044683          	lbu	a3,32(s0)
80403d14:	02144f03          	lbu	t5,33(s0)
80403d18:	02444783          	lbu	a5,36(s0)
80403d1c:	02544e83          	lbu	t4,37(s0)
80403d20:	00744a03          	lbu	s4,7(s0)
80403d24:	00644e03          	lbu	t3,6(s0)
80403d28:	0942                	sll	s2,s2,0x10
80403d2a:	00b44983          	lbu	s3,11(s0)
80403d2e:	00a44303          	lbu	t1,10(s0)
80403d32:	00f44083          	lbu	ra,15(s0)
80403d36:	00e44883          	lbu	a7,14(s0)
80403d3a:	02344383          	lbu	t2,35(s0)
80403d3e:	02244803          	lbu	a6,34(s0)
80403d42:	02744f83          	lbu	t6,39(s0)
80403d46:	02644503          	lbu	a0,38(s0)
80403d4a:	05e2                	sll	a1,a1,0x18
80403d4c:	0125e5b3          	or	a1,a1,s2
80403d50:	0762                	sll	a4,a4,0x18
80403d52:	010a9913          	sll	s2,s5,0x10
80403d56:	0662                	sll	a2,a2,0x18
80403d58:	02c2                	sll	t0,t0,0x10
80403d5a:	06e2                	sll	a3,a3,0x18
80403d5c:	0f42                	sll	t5,t5,0x10
80403d5e:	07e2                	sll	a5,a5,0x18
80403d60:	0ec2                	sll	t4,t4,0x10
80403d62:	0e22                	sll	t3,t3,0x8
80403d64:	0145e5b3          	or	a1,a1,s4
80403d68:	01276733          	or	a4,a4,s2
80403d6c:	00566633          	or	a2,a2,t0
80403d70:	01e6e6b3          	or	a3,a3,t5
80403d74:	01d7e7b3          	or	a5,a5,t4
80403d78:	01376733          	or	a4,a4,s3
80403d7c:	0322                	sll	t1,t1,0x8
80403d7e:	00166633          	or	a2,a2,ra
80403d82:	08a2                	sll	a7,a7,0x8
80403d84:	0076e6b3          	or	a3,a3,t2
80403d88:	0822                	sll	a6,a6,0x8
80403d8a:	01f7e7b3          	or	a5,a5,t6
80403d8e:	0522                	sll	a0,a0,0x8
80403d90:	01c5e5b3          	or	a1,a1,t3
80403d94:	01000e37          	lui	t3,0x1000
80403d98:	00676733          	or	a4,a4,t1
80403d9c:	01166633          	or	a2,a2,a7
80403da0:	0106e6b3          	or	a3,a3,a6
80403da4:	8fc9                	or	a5,a5,a0
80403da6:	04be6563          	bltu	t3,a1,80403df0 <fdt_parse+0x14c>
80403daa:	04e5e363          	bltu	a1,a4,80403df0 <fdt_parse+0x14c>
80403dae:	40e58533          	sub	a0,a1,a4
80403db2:	02f56f63          	bltu	a0,a5,80403df0 <fdt_parse+0x14c>
80403db6:	02c5ed63          	bltu	a1,a2,80403df0 <fdt_parse+0x14c>
80403dba:	8d91                	sub	a1,a1,a2
80403dbc:	02d5ea63          	bltu	a1,a3,80403df0 <fdt_parse+0x14c>
80403dc0:	00377593          	and	a1,a4,3
80403dc4:	e595                	bnez	a1,80403df0 <fdt_parse+0x14c>
80403dc6:	97ba                	add	a5,a5,a4
80403dc8:	85a6                	mv	a1,s1
80403dca:	0068                	add	a0,sp,12
80403dcc:	ca3e                	sw	a5,20(sp)
80403dce:	c622                	sw	s0,12(sp)
80403dd0:	c83a                	sw	a4,16(sp)
80403dd2:	cc32                	sw	a2,24(sp)
80403dd4:	ce36                	sw	a3,28(sp)
80403dd6:	987ff0ef          	jal	8040375c <fdt_walk>
80403dda:	40dc                	lw	a5,4(s1)
80403ddc:	c79d                	beqz	a5,80403e0a <fdt_parse+0x166>
80403dde:	50f2                	lw	ra,60(sp)
80403de0:	5462                	lw	s0,56(sp)
80403de2:	54d2                	lw	s1,52(sp)
80403de4:	5942                	lw	s2,48(sp)
80403de6:	59b2                	lw	s3,44(sp)
80403de8:	5a22                	lw	s4,40(sp)
80403dea:	5a92                	lw	s5,36(sp)
80403dec:	6121                	add	sp,sp,64
80403dee:	8082                	ret
80403df0:	80405537          	lui	a0,0x80405
80403df4:	76850513          	add	a0,a0,1896 # 80405768 <names.0+0x248>
80403df8:	8e0fe0ef          	jal	80401ed8 <panic>
80403dfc:	80405537          	lui	a0,0x80405
80403e00:	85a2                	mv	a1,s0
80403e02:	74850513          	add	a0,a0,1864 # 80405748 <names.0+0x228>
80403e06:	8d2fe0ef          	jal	80401ed8 <panic>
80403e0a:	80405537          	lui	a0,0x80405
80403e0e:	78450513          	add	a0,a0,1924 # 80405784 <names.0+0x264>
80403e12:	8c6fe0ef          	jal	80401ed8 <panic>

80403e16 <kvm_map>:
80403e16:	7179                	add	sp,sp,-48
80403e18:	d226                	sw	s1,36(sp)
80403e1a:	d606                	sw	ra,44(sp)
80403e1c:	d422                	sw	s0,40(sp)
80403e1e:	d04a                	sw	s2,32(sp)
80403e20:	ce4e                	sw	s3,28(sp)
80403e22:	cc52                	sw	s4,24(sp)
80403e24:	ca56                	sw	s5,20(sp)
80403e26:	c85a                	sw	s6,16(sp)
80403e28:	c65e                	sw	s7,12(sp)
80403e2a:	00c504b3          	add	s1,a0,a2
80403e2e:	04957763          	bgeu	a0,s1,80403e7c <kvm_map+0x66>
80403e32:	00400ab7          	lui	s5,0x400
80403e36:	842a                	mv	s0,a0
80403e38:	8b2e                	mv	s6,a1
80403e3a:	8936                	mv	s2,a3
80403e3c:	80427a37          	lui	s4,0x80427
80403e40:	fffa8993          	add	s3,s5,-1 # 3fffff <_entry-0x80000001>
80403e44:	6b85                	lui	s7,0x1
80403e46:	008b67b3          	or	a5,s6,s0
80403e4a:	0137f7b3          	and	a5,a5,s3
80403e4e:	06ca2503          	lw	a0,108(s4) # 8042706c <kernel_pagetable>
80403e52:	c3a1                	beqz	a5,80403e92 <kvm_map+0x7c>
80403e54:	4605                	li	a2,1
80403e56:	85a2                	mv	a1,s0
80403e58:	fdbfe0ef          	jal	80402e32 <pt_walk>
80403e5c:	c13d                	beqz	a0,80403ec2 <kvm_map+0xac>
80403e5e:	411c                	lw	a5,0(a0)
80403e60:	8b85                	and	a5,a5,1
80403e62:	e3a5                	bnez	a5,80403ec2 <kvm_map+0xac>
80403e64:	00cb5793          	srl	a5,s6,0xc
80403e68:	07aa                	sll	a5,a5,0xa
80403e6a:	0127e7b3          	or	a5,a5,s2
80403e6e:	0c17e793          	or	a5,a5,193
80403e72:	c11c                	sw	a5,0(a0)
80403e74:	945e                	add	s0,s0,s7
80403e76:	9b5e                	add	s6,s6,s7
80403e78:	fc9467e3          	bltu	s0,s1,80403e46 <kvm_map+0x30>
80403e7c:	50b2                	lw	ra,44(sp)
80403e7e:	5422                	lw	s0,40(sp)
80403e80:	5492                	lw	s1,36(sp)
80403e82:	5902                	lw	s2,32(sp)
80403e84:	49f2                	lw	s3,28(sp)
80403e86:	4a62                	lw	s4,24(sp)
80403e88:	4ad2                	lw	s5,20(sp)
80403e8a:	4b42                	lw	s6,16(sp)
80403e8c:	4bb2                	lw	s7,12(sp)
80403e8e:	6145                	add	sp,sp,48
80403e90:	8082                	ret
80403e92:	408487b3          	sub	a5,s1,s0
80403e96:	fb57efe3          	bltu	a5,s5,80403e54 <kvm_map+0x3e>
80403e9a:	01645793          	srl	a5,s0,0x16
80403e9e:	078a                	sll	a5,a5,0x2
80403ea0:	953e                	add	a0,a0,a5
80403ea2:	411c                	lw	a5,0(a0)
80403ea4:	8b85                	and	a5,a5,1
80403ea6:	e78d                	bnez	a5,80403ed0 <kvm_map+0xba>
80403ea8:	00cb5793          	srl	a5,s6,0xc
80403eac:	07aa                	sll	a5,a5,0xa
80403eae:	0127e7b3          	or	a5,a5,s2
80403eb2:	0c17e793          	or	a5,a5,193
80403eb6:	c11c                	sw	a5,0(a0)
80403eb8:	9456                	add	s0,s0,s5
80403eba:	9b56                	add	s6,s6,s5
80403ebc:	f89465e3          	bltu	s0,s1,80403e46 <kvm_map+0x30>
80403ec0:	bf75                	j	80403e7c <kvm_map+0x66>
80403ec2:	80405537          	lui	a0,0x80405
80403ec6:	85a2                	mv	a1,s0
80403ec8:	7bc50513          	add	a0,a0,1980 # 804057bc <names.0+0x29c>
80403ecc:	80cfe0ef          	jal	80401ed8 <panic>
80403ed0:	80405537          	lui	a0,0x80405
80403ed4:	85a2                	mv	a1,s0
80403ed6:	7a050513          	add	a0,a0,1952 # 804057a0 <names.0+0x280>
80403eda:	ffffd0ef          	jal	80401ed8 <panic>

80403ede <kvm_init>:
80403ede:	1141                	add	sp,sp,-16
80403ee0:	c422                	sw	s0,8(sp)
80403ee2:	c226                	sw	s1,4(sp)
80403ee4:	c606                	sw	ra,12(sp)
80403ee6:	842a                	mv	s0,a0
80403ee8:	804274b7          	lui	s1,0x80427
80403eec:	953fd0ef          	jal	8040183e <kalloc>
80403ef0:	06a4a623          	sw	a0,108(s1) # 8042706c <kernel_pagetable>
80403ef4:	c94d                	beqz	a0,80403fa6 <kvm_init+0xc8>
80403ef6:	405c                	lw	a5,4(s0)
80403ef8:	7fc00637          	lui	a2,0x7fc00
80403efc:	46b9                	li	a3,14
80403efe:	963e                	add	a2,a2,a5
80403f00:	804005b7          	lui	a1,0x80400
80403f04:	80400537          	lui	a0,0x80400
80403f08:	f0fff0ef          	jal	80403e16 <kvm_map>
80403f0c:	4699                	li	a3,6
80403f0e:	00600637          	lui	a2,0x600
80403f12:	0c0005b7          	lui	a1,0xc000
80403f16:	0c000537          	lui	a0,0xc000
80403f1a:	efdff0ef          	jal	80403e16 <kvm_map>
80403f1e:	4699                	li	a3,6
80403f20:	6605                	lui	a2,0x1
80403f22:	100005b7          	lui	a1,0x10000
80403f26:	10000537          	lui	a0,0x10000
80403f2a:	eedff0ef          	jal	80403e16 <kvm_map>
80403f2e:	20842783          	lw	a5,520(s0)
80403f32:	ef85                	bnez	a5,80403f6a <kvm_init+0x8c>
80403f34:	21042783          	lw	a5,528(s0)
80403f38:	eba9                	bnez	a5,80403f8a <kvm_init+0xac>
80403f3a:	804276b7          	lui	a3,0x80427
80403f3e:	06c4a783          	lw	a5,108(s1)
80403f42:	0686a703          	lw	a4,104(a3) # 80427068 <active_pagetable>
80403f46:	00e78d63          	beq	a5,a4,80403f60 <kvm_init+0x82>
80403f4a:	00c7d713          	srl	a4,a5,0xc
80403f4e:	80000637          	lui	a2,0x80000
80403f52:	8f51                	or	a4,a4,a2
80403f54:	18071073          	csrw	satp,a4
80403f58:	12000073          	sfence.vma
80403f5c:	06f6a423          	sw	a5,104(a3)
80403f60:	40b2                	lw	ra,12(sp)
80403f62:	4422                	lw	s0,8(sp)
80403f64:	4492                	lw	s1,4(sp)
80403f66:	0141                	add	sp,sp,16
80403f68:	8082                	ret
80403f6a:	20c42583          	lw	a1,524(s0)
80403f6e:	6609                	lui	a2,0x2
80403f70:	167d                	add	a2,a2,-1 # 1fff <_entry-0x803fe001>
80403f72:	77fd                	lui	a5,0xfffff
80403f74:	962e                	add	a2,a2,a1
80403f76:	8e7d                	and	a2,a2,a5
80403f78:	8dfd                	and	a1,a1,a5
80403f7a:	4699                	li	a3,6
80403f7c:	8e0d                	sub	a2,a2,a1
80403f7e:	852e                	mv	a0,a1
80403f80:	e97ff0ef          	jal	80403e16 <kvm_map>
80403f84:	21042783          	lw	a5,528(s0)
80403f88:	dbcd                	beqz	a5,80403f3a <kvm_init+0x5c>
80403f8a:	21442583          	lw	a1,532(s0)
80403f8e:	6609                	lui	a2,0x2
80403f90:	167d                	add	a2,a2,-1 # 1fff <_entry-0x803fe001>
80403f92:	77fd                	lui	a5,0xfffff
80403f94:	962e                	add	a2,a2,a1
80403f96:	8e7d                	and	a2,a2,a5
80403f98:	8dfd                	and	a1,a1,a5
80403f9a:	4699                	li	a3,6
80403f9c:	8e0d                	sub	a2,a2,a1
80403f9e:	852e                	mv	a0,a1
80403fa0:	e77ff0ef          	jal	80403e16 <kvm_map>
80403fa4:	bf59                	j	80403f3a <kvm_init+0x5c>
80403fa6:	80405537          	lui	a0,0x80405
80403faa:	7d450513          	add	a0,a0,2004 # 804057d4 <names.0+0x2b4>
80403fae:	f2bfd0ef          	jal	80401ed8 <panic>

80403fb2 <vm_switch>:
80403fb2:	80427737          	lui	a4,0x80427
80403fb6:	06872783          	lw	a5,104(a4) # 80427068 <active_pagetable>
80403fba:	00a78d63          	beq	a5,a0,80403fd4 <vm_switch+0x22>
80403fbe:	00c55793          	srl	a5,a0,0xc
80403fc2:	800006b7          	lui	a3,0x80000
80403fc6:	8fd5                	or	a5,a5,a3
80403fc8:	18079073          	csrw	satp,a5
80403fcc:	12000073          	sfence.vma
80403fd0:	06a72423          	sw	a0,104(a4)
80403fd4:	8082                	ret

80403fd6 <uvm_create>:
80403fd6:	1141                	add	sp,sp,-16
80403fd8:	c422                	sw	s0,8(sp)
80403fda:	c606                	sw	ra,12(sp)
80403fdc:	863fd0ef          	jal	8040183e <kalloc>
80403fe0:	842a                	mv	s0,a0
80403fe2:	cd11                	beqz	a0,80403ffe <uvm_create+0x28>
80403fe4:	804277b7          	lui	a5,0x80427
80403fe8:	06c7a583          	lw	a1,108(a5) # 8042706c <kernel_pagetable>
80403fec:	6605                	lui	a2,0x1
80403fee:	f4060613          	add	a2,a2,-192 # f40 <_entry-0x803ff0c0>
80403ff2:	0c058593          	add	a1,a1,192 # 100000c0 <_entry-0x703fff40>
80403ff6:	0c050513          	add	a0,a0,192
80403ffa:	d58fe0ef          	jal	80402552 <memcpy>
80403ffe:	40b2                	lw	ra,12(sp)
80404000:	8522                	mv	a0,s0
80404002:	4422                	lw	s0,8(sp)
80404004:	0141                	add	sp,sp,16
80404006:	8082                	ret

80404008 <arch_pt_alloc>:
80404008:	837fd06f          	j	8040183e <kalloc>

8040400c <arch_pt_unpin>:
8040400c:	804277b7          	lui	a5,0x80427
80404010:	0687a783          	lw	a5,104(a5) # 80427068 <active_pagetable>
80404014:	00a78363          	beq	a5,a0,8040401a <arch_pt_unpin+0xe>
80404018:	8082                	ret
8040401a:	80405537          	lui	a0,0x80405
8040401e:	1141                	add	sp,sp,-16
80404020:	7ec50513          	add	a0,a0,2028 # 804057ec <names.0+0x2cc>
80404024:	c606                	sw	ra,12(sp)
80404026:	eb3fd0ef          	jal	80401ed8 <panic>

8040402a <arch_pt_free>:
8040402a:	83ffd06f          	j	80401868 <kfree>

8040402e <arch_pt_link>:
8040402e:	81b1                	srl	a1,a1,0xc
80404030:	05aa                	sll	a1,a1,0xa
80404032:	0015e593          	or	a1,a1,1
80404036:	c10c                	sw	a1,0(a0)
80404038:	8082                	ret

8040403a <arch_pt_set>:
8040403a:	c10c                	sw	a1,0(a0)
8040403c:	8082                	ret

8040403e <arch_pt_commit>:
8040403e:	804277b7          	lui	a5,0x80427
80404042:	0687a783          	lw	a5,104(a5) # 80427068 <active_pagetable>
80404046:	00a78363          	beq	a5,a0,8040404c <arch_pt_commit+0xe>
8040404a:	8082                	ret
8040404c:	12000073          	sfence.vma
80404050:	8082                	ret

80404052 <net_init>:
80404052:	4118                	lw	a4,0(a0)
80404054:	ff0105b7          	lui	a1,0xff010
80404058:	15fd                	add	a1,a1,-1 # ff00ffff <kernel_end+0x7eb0ffff>
8040405a:	00875613          	srl	a2,a4,0x8
8040405e:	0ff67613          	zext.b	a2,a2
80404062:	0622                	sll	a2,a2,0x8
80404064:	0ff77793          	zext.b	a5,a4
80404068:	8fd1                	or	a5,a5,a2
8040406a:	00ff0637          	lui	a2,0xff0
8040406e:	8e79                	and	a2,a2,a4
80404070:	8fed                	and	a5,a5,a1
80404072:	8fd1                	or	a5,a5,a2
80404074:	414c                	lw	a1,4(a0)
80404076:	8361                	srl	a4,a4,0x18
80404078:	07a2                	sll	a5,a5,0x8
8040407a:	80427637          	lui	a2,0x80427
8040407e:	0762                	sll	a4,a4,0x18
80404080:	83a1                	srl	a5,a5,0x8
80404082:	86aa                	mv	a3,a0
80404084:	8fd9                	or	a5,a5,a4
80404086:	80427837          	lui	a6,0x80427
8040408a:	07060713          	add	a4,a2,112 # 80427070 <mac>
8040408e:	4535                	li	a0,13
80404090:	06d82c23          	sw	a3,120(a6) # 80427078 <net_base>
80404094:	06f62823          	sw	a5,112(a2)
80404098:	00b71223          	sh	a1,4(a4)
8040409c:	a231                	j	804041a8 <plic_enable>

8040409e <arch_net_mac>:
8040409e:	804277b7          	lui	a5,0x80427
804040a2:	0787a783          	lw	a5,120(a5) # 80427078 <net_base>
804040a6:	4501                	li	a0,0
804040a8:	c789                	beqz	a5,804040b2 <arch_net_mac+0x14>
804040aa:	80427537          	lui	a0,0x80427
804040ae:	07050513          	add	a0,a0,112 # 80427070 <mac>
804040b2:	8082                	ret

804040b4 <arch_net_send>:
804040b4:	804277b7          	lui	a5,0x80427
804040b8:	0787a303          	lw	t1,120(a5) # 80427078 <net_base>
804040bc:	04030163          	beqz	t1,804040fe <arch_net_send+0x4a>
804040c0:	00b32423          	sw	a1,8(t1) # c000008 <_entry-0x743ffff8>
804040c4:	c985                	beqz	a1,804040f4 <arch_net_send+0x40>
804040c6:	4801                	li	a6,0
804040c8:	87c2                	mv	a5,a6
804040ca:	4681                	li	a3,0
804040cc:	4601                	li	a2,0
804040ce:	48e1                	li	a7,24
804040d0:	00f50733          	add	a4,a0,a5
804040d4:	00074703          	lbu	a4,0(a4)
804040d8:	0785                	add	a5,a5,1
804040da:	00d71733          	sll	a4,a4,a3
804040de:	8e59                	or	a2,a2,a4
804040e0:	01168563          	beq	a3,a7,804040ea <arch_net_send+0x36>
804040e4:	06a1                	add	a3,a3,8 # 80000008 <_entry-0x3ffff8>
804040e6:	feb7e5e3          	bltu	a5,a1,804040d0 <arch_net_send+0x1c>
804040ea:	00c32623          	sw	a2,12(t1)
804040ee:	0811                	add	a6,a6,4
804040f0:	fcb86ce3          	bltu	a6,a1,804040c8 <arch_net_send+0x14>
804040f4:	4785                	li	a5,1
804040f6:	00f32823          	sw	a5,16(t1)
804040fa:	4501                	li	a0,0
804040fc:	8082                	ret
804040fe:	557d                	li	a0,-1
80404100:	8082                	ret

80404102 <net_intr>:
80404102:	1101                	add	sp,sp,-32
80404104:	c452                	sw	s4,8(sp)
80404106:	80427a37          	lui	s4,0x80427
8040410a:	078a2503          	lw	a0,120(s4) # 80427078 <net_base>
8040410e:	ce06                	sw	ra,28(sp)
80404110:	cc22                	sw	s0,24(sp)
80404112:	ca26                	sw	s1,20(sp)
80404114:	c84a                	sw	s2,16(sp)
80404116:	c64e                	sw	s3,12(sp)
80404118:	c256                	sw	s5,4(sp)
8040411a:	cd35                	beqz	a0,80404196 <net_intr+0x94>
8040411c:	7941                	lui	s2,0xffff0
8040411e:	ff0104b7          	lui	s1,0xff010
80404122:	01000437          	lui	s0,0x1000
80404126:	5ea00a93          	li	s5,1514
8040412a:	804ff9b7          	lui	s3,0x804ff
8040412e:	0ff90913          	add	s2,s2,255 # ffff00ff <kernel_end+0x7faf00ff>
80404132:	14fd                	add	s1,s1,-1 # ff00ffff <kernel_end+0x7eb0ffff>
80404134:	147d                	add	s0,s0,-1 # ffffff <_entry-0x7f400001>
80404136:	494c                	lw	a1,20(a0)
80404138:	cdb9                	beqz	a1,80404196 <net_intr+0x94>
8040413a:	04bae963          	bltu	s5,a1,8040418c <net_intr+0x8a>
8040413e:	f2898613          	add	a2,s3,-216 # 804fef28 <rx_frame>
80404142:	fff58813          	add	a6,a1,-1
80404146:	ffc87813          	and	a6,a6,-4
8040414a:	00460793          	add	a5,a2,4
8040414e:	0561                	add	a0,a0,24
80404150:	983e                	add	a6,a6,a5
80404152:	4118                	lw	a4,0(a0)
80404154:	0611                	add	a2,a2,4
80404156:	00875693          	srl	a3,a4,0x8
8040415a:	0ff77793          	zext.b	a5,a4
8040415e:	0ff6f693          	zext.b	a3,a3
80404162:	06a2                	sll	a3,a3,0x8
80404164:	0127f7b3          	and	a5,a5,s2
80404168:	8fd5                	or	a5,a5,a3
8040416a:	00ff06b7          	lui	a3,0xff0
8040416e:	8ef9                	and	a3,a3,a4
80404170:	8fe5                	and	a5,a5,s1
80404172:	8fd5                	or	a5,a5,a3
80404174:	8361                	srl	a4,a4,0x18
80404176:	0762                	sll	a4,a4,0x18
80404178:	8fe1                	and	a5,a5,s0
8040417a:	8fd9                	or	a5,a5,a4
8040417c:	fef62e23          	sw	a5,-4(a2)
80404180:	fcc819e3          	bne	a6,a2,80404152 <net_intr+0x50>
80404184:	f2898513          	add	a0,s3,-216
80404188:	8e9fd0ef          	jal	80401a70 <net_input>
8040418c:	078a2503          	lw	a0,120(s4)
80404190:	4789                	li	a5,2
80404192:	c91c                	sw	a5,16(a0)
80404194:	f14d                	bnez	a0,80404136 <net_intr+0x34>
80404196:	40f2                	lw	ra,28(sp)
80404198:	4462                	lw	s0,24(sp)
8040419a:	44d2                	lw	s1,20(sp)
8040419c:	4942                	lw	s2,16(sp)
8040419e:	49b2                	lw	s3,12(sp)
804041a0:	4a22                	lw	s4,8(sp)
804041a2:	4a92                	lw	s5,4(sp)
804041a4:	6105                	add	sp,sp,32
804041a6:	8082                	ret

804041a8 <plic_enable>:
804041a8:	6705                	lui	a4,0x1
804041aa:	82070713          	add	a4,a4,-2016 # 820 <_entry-0x803ff7e0>
804041ae:	00555793          	srl	a5,a0,0x5
804041b2:	0c000637          	lui	a2,0xc000
804041b6:	97ba                	add	a5,a5,a4
804041b8:	00251693          	sll	a3,a0,0x2
804041bc:	4705                	li	a4,1
804041be:	96b2                	add	a3,a3,a2
804041c0:	078a                	sll	a5,a5,0x2
804041c2:	c298                	sw	a4,0(a3)
804041c4:	97b2                	add	a5,a5,a2
804041c6:	4394                	lw	a3,0(a5)
804041c8:	00a71733          	sll	a4,a4,a0
804041cc:	8f55                	or	a4,a4,a3
804041ce:	c398                	sw	a4,0(a5)
804041d0:	8082                	ret

804041d2 <plic_init>:
804041d2:	0c0007b7          	lui	a5,0xc000
804041d6:	4705                	li	a4,1
804041d8:	d798                	sw	a4,40(a5)
804041da:	0c002737          	lui	a4,0xc002
804041de:	08072783          	lw	a5,128(a4) # c002080 <_entry-0x743fdf80>
804041e2:	4007e793          	or	a5,a5,1024
804041e6:	08f72023          	sw	a5,128(a4)
804041ea:	0c2017b7          	lui	a5,0xc201
804041ee:	0007a023          	sw	zero,0(a5) # c201000 <_entry-0x741ff000>
804041f2:	8082                	ret

804041f4 <plic_claim>:
804041f4:	0c2017b7          	lui	a5,0xc201
804041f8:	43c8                	lw	a0,4(a5)
804041fa:	8082                	ret

804041fc <plic_complete>:
804041fc:	0c2017b7          	lui	a5,0xc201
80404200:	c3c8                	sw	a0,4(a5)
80404202:	8082                	ret

80404204 <sbi_init>:
80404204:	54495537          	lui	a0,0x54495
80404208:	d4550513          	add	a0,a0,-699 # 54494d45 <_entry-0x2bf6b2bb>
8040420c:	4581                	li	a1,0
8040420e:	4601                	li	a2,0
80404210:	480d                	li	a6,3
80404212:	48c1                	li	a7,16
80404214:	00000073          	ecall
80404218:	4781                	li	a5,0
8040421a:	e119                	bnez	a0,80404220 <sbi_init+0x1c>
8040421c:	00b037b3          	snez	a5,a1
80404220:	80427737          	lui	a4,0x80427
80404224:	06f72e23          	sw	a5,124(a4) # 8042707c <have_time_ext>
80404228:	8082                	ret

8040422a <sbi_set_timer>:
8040422a:	804277b7          	lui	a5,0x80427
8040422e:	07c7a783          	lw	a5,124(a5) # 8042707c <have_time_ext>
80404232:	4601                	li	a2,0
80404234:	4801                	li	a6,0
80404236:	cb81                	beqz	a5,80404246 <sbi_set_timer+0x1c>
80404238:	544958b7          	lui	a7,0x54495
8040423c:	d4588893          	add	a7,a7,-699 # 54494d45 <_entry-0x2bf6b2bb>
80404240:	00000073          	ecall
80404244:	8082                	ret
80404246:	4881                	li	a7,0
80404248:	00000073          	ecall
8040424c:	8082                	ret

8040424e <sbi_shutdown>:
8040424e:	535258b7          	lui	a7,0x53525
80404252:	85aa                	mv	a1,a0
80404254:	4601                	li	a2,0
80404256:	4501                	li	a0,0
80404258:	4801                	li	a6,0
8040425a:	35488893          	add	a7,a7,852 # 53525354 <_entry-0x2cedacac>
8040425e:	00000073          	ecall
80404262:	10500073          	wfi
80404266:	10500073          	wfi
8040426a:	bfe5                	j	80404262 <sbi_shutdown+0x14>

8040426c <trap_init>:
8040426c:	4781                	li	a5,0
8040426e:	14079073          	csrw	sscratch,a5
80404272:	479d                	li	a5,7
80404274:	10679073          	csrw	scounteren,a5
80404278:	804047b7          	lui	a5,0x80404
8040427c:	3ac78793          	add	a5,a5,940 # 804043ac <trap_vector>
80404280:	10579073          	csrw	stvec,a5
80404284:	22000793          	li	a5,544
80404288:	1047a073          	csrs	sie,a5
8040428c:	8082                	ret

8040428e <arch_interrupt>:
8040428e:	1101                	add	sp,sp,-32
80404290:	cc22                	sw	s0,24(sp)
80404292:	00151413          	sll	s0,a0,0x1
80404296:	ce06                	sw	ra,28(sp)
80404298:	8005                	srl	s0,s0,0x1
8040429a:	4795                	li	a5,5
8040429c:	00f40d63          	beq	s0,a5,804042b6 <arch_interrupt+0x28>
804042a0:	47a5                	li	a5,9
804042a2:	02f40463          	beq	s0,a5,804042ca <arch_interrupt+0x3c>
804042a6:	40f2                	lw	ra,28(sp)
804042a8:	ffb40513          	add	a0,s0,-5
804042ac:	4462                	lw	s0,24(sp)
804042ae:	00153513          	seqz	a0,a0
804042b2:	6105                	add	sp,sp,32
804042b4:	8082                	ret
804042b6:	941fe0ef          	jal	80402bf6 <timer_intr>
804042ba:	40f2                	lw	ra,28(sp)
804042bc:	ffb40513          	add	a0,s0,-5
804042c0:	4462                	lw	s0,24(sp)
804042c2:	00153513          	seqz	a0,a0
804042c6:	6105                	add	sp,sp,32
804042c8:	8082                	ret
804042ca:	f2bff0ef          	jal	804041f4 <plic_claim>
804042ce:	47a9                	li	a5,10
804042d0:	02f50063          	beq	a0,a5,804042f0 <arch_interrupt+0x62>
804042d4:	47b5                	li	a5,13
804042d6:	02f50163          	beq	a0,a5,804042f8 <arch_interrupt+0x6a>
804042da:	d571                	beqz	a0,804042a6 <arch_interrupt+0x18>
804042dc:	f21ff0ef          	jal	804041fc <plic_complete>
804042e0:	40f2                	lw	ra,28(sp)
804042e2:	ffb40513          	add	a0,s0,-5
804042e6:	4462                	lw	s0,24(sp)
804042e8:	00153513          	seqz	a0,a0
804042ec:	6105                	add	sp,sp,32
804042ee:	8082                	ret
804042f0:	c62a                	sw	a0,12(sp)
804042f2:	2099                	jal	80404338 <uart_intr>
804042f4:	4532                	lw	a0,12(sp)
804042f6:	b7dd                	j	804042dc <arch_interrupt+0x4e>
804042f8:	c62a                	sw	a0,12(sp)
804042fa:	e09ff0ef          	jal	80404102 <net_intr>
804042fe:	4532                	lw	a0,12(sp)
80404300:	bff1                	j	804042dc <arch_interrupt+0x4e>

80404302 <arch_user_return>:
80404302:	1141                	add	sp,sp,-16
80404304:	c606                	sw	ra,12(sp)
80404306:	10000793          	li	a5,256
8040430a:	1007b073          	csrc	sstatus,a5
8040430e:	02000793          	li	a5,32
80404312:	1007a073          	csrs	sstatus,a5
80404316:	2a65                	jal	804044ce <user_return>

80404318 <arch_idle>:
80404318:	10500073          	wfi
8040431c:	4789                	li	a5,2
8040431e:	1007a073          	csrs	sstatus,a5
80404322:	1007b073          	csrc	sstatus,a5
80404326:	8082                	ret

80404328 <arch_set_timer>:
80404328:	f03ff06f          	j	8040422a <sbi_set_timer>

8040432c <uart_init>:
8040432c:	100007b7          	lui	a5,0x10000
80404330:	4705                	li	a4,1
80404332:	00e780a3          	sb	a4,1(a5) # 10000001 <_entry-0x703fffff>
80404336:	8082                	ret

80404338 <uart_intr>:
80404338:	1141                	add	sp,sp,-16
8040433a:	c422                	sw	s0,8(sp)
8040433c:	c606                	sw	ra,12(sp)
8040433e:	10000437          	lui	s0,0x10000
80404342:	a809                	j	80404354 <uart_intr+0x1c>
80404344:	00544783          	lbu	a5,5(s0) # 10000005 <_entry-0x703ffffb>
80404348:	8b85                	and	a5,a5,1
8040434a:	c395                	beqz	a5,8040436e <uart_intr+0x36>
8040434c:	00044503          	lbu	a0,0(s0)
80404350:	f01fb0ef          	jal	80400250 <console_input>
80404354:	ee3fb0ef          	jal	80400236 <console_room>
80404358:	fea046e3          	bgtz	a0,80404344 <uart_intr+0xc>
8040435c:	804277b7          	lui	a5,0x80427
80404360:	4705                	li	a4,1
80404362:	08e7a023          	sw	a4,128(a5) # 80427080 <rx_paused>
80404366:	100007b7          	lui	a5,0x10000
8040436a:	000780a3          	sb	zero,1(a5) # 10000001 <_entry-0x703fffff>
8040436e:	40b2                	lw	ra,12(sp)
80404370:	4422                	lw	s0,8(sp)
80404372:	0141                	add	sp,sp,16
80404374:	8082                	ret

80404376 <arch_console_putc>:
80404376:	10000737          	lui	a4,0x10000
8040437a:	00574783          	lbu	a5,5(a4) # 10000005 <_entry-0x703ffffb>
8040437e:	0207f793          	and	a5,a5,32
80404382:	dfe5                	beqz	a5,8040437a <arch_console_putc+0x4>
80404384:	0ff57513          	zext.b	a0,a0
80404388:	00a70023          	sb	a0,0(a4)
8040438c:	8082                	ret

8040438e <arch_console_flush>:
8040438e:	8082                	ret

80404390 <arch_console_rx_resume>:
80404390:	804277b7          	lui	a5,0x80427
80404394:	0807a703          	lw	a4,128(a5) # 80427080 <rx_paused>
80404398:	cb01                	beqz	a4,804043a8 <arch_console_rx_resume+0x18>
8040439a:	0807a023          	sw	zero,128(a5)
8040439e:	4705                	li	a4,1
804043a0:	100007b7          	lui	a5,0x10000
804043a4:	00e780a3          	sb	a4,1(a5) # 10000001 <_entry-0x703fffff>
804043a8:	8082                	ret
	...

804043ac <trap_vector>:
804043ac:	14011173          	csrrw	sp,sscratch,sp
804043b0:	06010563          	beqz	sp,8040441a <from_kernel>
804043b4:	c206                	sw	ra,4(sp)
804043b6:	c60e                	sw	gp,12(sp)
804043b8:	c812                	sw	tp,16(sp)
804043ba:	ca16                	sw	t0,20(sp)
804043bc:	cc1a                	sw	t1,24(sp)
804043be:	ce1e                	sw	t2,28(sp)
804043c0:	d022                	sw	s0,32(sp)
804043c2:	d226                	sw	s1,36(sp)
804043c4:	d42a                	sw	a0,40(sp)
804043c6:	d62e                	sw	a1,44(sp)
804043c8:	d832                	sw	a2,48(sp)
804043ca:	da36                	sw	a3,52(sp)
804043cc:	dc3a                	sw	a4,56(sp)
804043ce:	de3e                	sw	a5,60(sp)
804043d0:	c0c2                	sw	a6,64(sp)
804043d2:	c2c6                	sw	a7,68(sp)
804043d4:	c4ca                	sw	s2,72(sp)
804043d6:	c6ce                	sw	s3,76(sp)
804043d8:	c8d2                	sw	s4,80(sp)
804043da:	cad6                	sw	s5,84(sp)
804043dc:	ccda                	sw	s6,88(sp)
804043de:	cede                	sw	s7,92(sp)
804043e0:	d0e2                	sw	s8,96(sp)
804043e2:	d2e6                	sw	s9,100(sp)
804043e4:	d4ea                	sw	s10,104(sp)
804043e6:	d6ee                	sw	s11,108(sp)
804043e8:	d8f2                	sw	t3,112(sp)
804043ea:	daf6                	sw	t4,116(sp)
804043ec:	dcfa                	sw	t5,120(sp)
804043ee:	defe                	sw	t6,124(sp)
804043f0:	140022f3          	csrr	t0,sscratch
804043f4:	c416                	sw	t0,8(sp)
804043f6:	14001073          	csrw	sscratch,zero
804043fa:	141022f3          	csrr	t0,sepc
804043fe:	c116                	sw	t0,128(sp)
80404400:	100022f3          	csrr	t0,sstatus
80404404:	c316                	sw	t0,132(sp)
80404406:	142022f3          	csrr	t0,scause
8040440a:	c516                	sw	t0,136(sp)
8040440c:	143022f3          	csrr	t0,stval
80404410:	c716                	sw	t0,140(sp)
80404412:	850a                	mv	a0,sp
80404414:	929fe0ef          	jal	80402d3c <user_trap>
80404418:	a001                	j	80404418 <trap_vector+0x6c>

8040441a <from_kernel>:
8040441a:	14011173          	csrrw	sp,sscratch,sp
8040441e:	7175                	add	sp,sp,-144
80404420:	c206                	sw	ra,4(sp)
80404422:	c60e                	sw	gp,12(sp)
80404424:	c812                	sw	tp,16(sp)
80404426:	ca16                	sw	t0,20(sp)
80404428:	cc1a                	sw	t1,24(sp)
8040442a:	ce1e                	sw	t2,28(sp)
8040442c:	d022                	sw	s0,32(sp)
8040442e:	d226                	sw	s1,36(sp)
80404430:	d42a                	sw	a0,40(sp)
80404432:	d62e                	sw	a1,44(sp)
80404434:	d832                	sw	a2,48(sp)
80404436:	da36                	sw	a3,52(sp)
80404438:	dc3a                	sw	a4,56(sp)
8040443a:	de3e                	sw	a5,60(sp)
8040443c:	c0c2                	sw	a6,64(sp)
8040443e:	c2c6                	sw	a7,68(sp)
80404440:	c4ca                	sw	s2,72(sp)
80404442:	c6ce                	sw	s3,76(sp)
80404444:	c8d2                	sw	s4,80(sp)
80404446:	cad6                	sw	s5,84(sp)
80404448:	ccda                	sw	s6,88(sp)
8040444a:	cede                	sw	s7,92(sp)
8040444c:	d0e2                	sw	s8,96(sp)
8040444e:	d2e6                	sw	s9,100(sp)
80404450:	d4ea                	sw	s10,104(sp)
80404452:	d6ee                	sw	s11,108(sp)
80404454:	d8f2                	sw	t3,112(sp)
80404456:	daf6                	sw	t4,116(sp)
80404458:	dcfa                	sw	t5,120(sp)
8040445a:	defe                	sw	t6,124(sp)
8040445c:	09010293          	add	t0,sp,144
80404460:	c416                	sw	t0,8(sp)
80404462:	141022f3          	csrr	t0,sepc
80404466:	c116                	sw	t0,128(sp)
80404468:	100022f3          	csrr	t0,sstatus
8040446c:	c316                	sw	t0,132(sp)
8040446e:	142022f3          	csrr	t0,scause
80404472:	c516                	sw	t0,136(sp)
80404474:	143022f3          	csrr	t0,stval
80404478:	c716                	sw	t0,140(sp)
8040447a:	850a                	mv	a0,sp
8040447c:	953fe0ef          	jal	80402dce <kernel_trap>
80404480:	428a                	lw	t0,128(sp)
80404482:	14129073          	csrw	sepc,t0
80404486:	429a                	lw	t0,132(sp)
80404488:	10029073          	csrw	sstatus,t0
8040448c:	4092                	lw	ra,4(sp)
8040448e:	41b2                	lw	gp,12(sp)
80404490:	4242                	lw	tp,16(sp)
80404492:	42d2                	lw	t0,20(sp)
80404494:	4362                	lw	t1,24(sp)
80404496:	43f2                	lw	t2,28(sp)
80404498:	5402                	lw	s0,32(sp)
8040449a:	5492                	lw	s1,36(sp)
8040449c:	5522                	lw	a0,40(sp)
8040449e:	55b2                	lw	a1,44(sp)
804044a0:	5642                	lw	a2,48(sp)
804044a2:	56d2                	lw	a3,52(sp)
804044a4:	5762                	lw	a4,56(sp)
804044a6:	57f2                	lw	a5,60(sp)
804044a8:	4806                	lw	a6,64(sp)
804044aa:	4896                	lw	a7,68(sp)
804044ac:	4926                	lw	s2,72(sp)
804044ae:	49b6                	lw	s3,76(sp)
804044b0:	4a46                	lw	s4,80(sp)
804044b2:	4ad6                	lw	s5,84(sp)
804044b4:	4b66                	lw	s6,88(sp)
804044b6:	4bf6                	lw	s7,92(sp)
804044b8:	5c06                	lw	s8,96(sp)
804044ba:	5c96                	lw	s9,100(sp)
804044bc:	5d26                	lw	s10,104(sp)
804044be:	5db6                	lw	s11,108(sp)
804044c0:	5e46                	lw	t3,112(sp)
804044c2:	5ed6                	lw	t4,116(sp)
804044c4:	5f66                	lw	t5,120(sp)
804044c6:	5ff6                	lw	t6,124(sp)
804044c8:	6149                	add	sp,sp,144
804044ca:	10200073          	sret

804044ce <user_return>:
804044ce:	14051073          	csrw	sscratch,a0
804044d2:	08052283          	lw	t0,128(a0)
804044d6:	14129073          	csrw	sepc,t0
804044da:	00452083          	lw	ra,4(a0)
804044de:	00852103          	lw	sp,8(a0)
804044e2:	00c52183          	lw	gp,12(a0)
804044e6:	01052203          	lw	tp,16(a0)
804044ea:	01452283          	lw	t0,20(a0)
804044ee:	01852303          	lw	t1,24(a0)
804044f2:	01c52383          	lw	t2,28(a0)
804044f6:	5100                	lw	s0,32(a0)
804044f8:	5144                	lw	s1,36(a0)
804044fa:	554c                	lw	a1,44(a0)
804044fc:	5910                	lw	a2,48(a0)
804044fe:	5954                	lw	a3,52(a0)
80404500:	5d18                	lw	a4,56(a0)
80404502:	5d5c                	lw	a5,60(a0)
80404504:	04052803          	lw	a6,64(a0)
80404508:	04452883          	lw	a7,68(a0)
8040450c:	04852903          	lw	s2,72(a0)
80404510:	04c52983          	lw	s3,76(a0)
80404514:	05052a03          	lw	s4,80(a0)
80404518:	05452a83          	lw	s5,84(a0)
8040451c:	05852b03          	lw	s6,88(a0)
80404520:	05c52b83          	lw	s7,92(a0)
80404524:	06052c03          	lw	s8,96(a0)
80404528:	06452c83          	lw	s9,100(a0)
8040452c:	06852d03          	lw	s10,104(a0)
80404530:	06c52d83          	lw	s11,108(a0)
80404534:	07052e03          	lw	t3,112(a0)
80404538:	07452e83          	lw	t4,116(a0)
8040453c:	07852f03          	lw	t5,120(a0)
80404540:	07c52f83          	lw	t6,124(a0)
80404544:	5508                	lw	a0,40(a0)
80404546:	10200073          	sret

8040454a <swtch>:
8040454a:	00152023          	sw	ra,0(a0)
8040454e:	00252223          	sw	sp,4(a0)
80404552:	c500                	sw	s0,8(a0)
80404554:	c544                	sw	s1,12(a0)
80404556:	01252823          	sw	s2,16(a0)
8040455a:	01352a23          	sw	s3,20(a0)
8040455e:	01452c23          	sw	s4,24(a0)
80404562:	01552e23          	sw	s5,28(a0)
80404566:	03652023          	sw	s6,32(a0)
8040456a:	03752223          	sw	s7,36(a0)
8040456e:	03852423          	sw	s8,40(a0)
80404572:	03952623          	sw	s9,44(a0)
80404576:	03a52823          	sw	s10,48(a0)
8040457a:	03b52a23          	sw	s11,52(a0)
8040457e:	0005a083          	lw	ra,0(a1)
80404582:	0045a103          	lw	sp,4(a1)
80404586:	4580                	lw	s0,8(a1)
80404588:	45c4                	lw	s1,12(a1)
8040458a:	0105a903          	lw	s2,16(a1)
8040458e:	0145a983          	lw	s3,20(a1)
80404592:	0185aa03          	lw	s4,24(a1)
80404596:	01c5aa83          	lw	s5,28(a1)
8040459a:	0205ab03          	lw	s6,32(a1)
8040459e:	0245ab83          	lw	s7,36(a1)
804045a2:	0285ac03          	lw	s8,40(a1)
804045a6:	02c5ac83          	lw	s9,44(a1)
804045aa:	0305ad03          	lw	s10,48(a1)
804045ae:	0345ad83          	lw	s11,52(a1)
804045b2:	8082                	ret

804045b4 <__udivdi3>:
804045b4:	88aa                	mv	a7,a0
804045b6:	832e                	mv	t1,a1
804045b8:	8732                	mv	a4,a2
804045ba:	882a                	mv	a6,a0
804045bc:	87ae                	mv	a5,a1
804045be:	20069663          	bnez	a3,804047ca <__udivdi3+0x216>
804045c2:	00022597          	auipc	a1,0x22
804045c6:	5fe58593          	add	a1,a1,1534 # 80426bc0 <__clz_tab>
804045ca:	0cc37163          	bgeu	t1,a2,8040468c <__udivdi3+0xd8>
804045ce:	66c1                	lui	a3,0x10
804045d0:	0ad67763          	bgeu	a2,a3,8040467e <__udivdi3+0xca>
804045d4:	10063693          	sltiu	a3,a2,256
804045d8:	0016c693          	xor	a3,a3,1
804045dc:	068e                	sll	a3,a3,0x3
804045de:	00d65533          	srl	a0,a2,a3
804045e2:	95aa                	add	a1,a1,a0
804045e4:	0005c583          	lbu	a1,0(a1)
804045e8:	02000513          	li	a0,32
804045ec:	96ae                	add	a3,a3,a1
804045ee:	40d505b3          	sub	a1,a0,a3
804045f2:	00d50b63          	beq	a0,a3,80404608 <__udivdi3+0x54>
804045f6:	00b317b3          	sll	a5,t1,a1
804045fa:	00d8d6b3          	srl	a3,a7,a3
804045fe:	00b61733          	sll	a4,a2,a1
80404602:	8fd5                	or	a5,a5,a3
80404604:	00b89833          	sll	a6,a7,a1
80404608:	01075593          	srl	a1,a4,0x10
8040460c:	02b7d333          	divu	t1,a5,a1
80404610:	01071613          	sll	a2,a4,0x10
80404614:	8241                	srl	a2,a2,0x10
80404616:	02b7f7b3          	remu	a5,a5,a1
8040461a:	851a                	mv	a0,t1
8040461c:	026608b3          	mul	a7,a2,t1
80404620:	01079693          	sll	a3,a5,0x10
80404624:	01085793          	srl	a5,a6,0x10
80404628:	8fd5                	or	a5,a5,a3
8040462a:	0117fc63          	bgeu	a5,a7,80404642 <__udivdi3+0x8e>
8040462e:	97ba                	add	a5,a5,a4
80404630:	fff30513          	add	a0,t1,-1
80404634:	00e7e763          	bltu	a5,a4,80404642 <__udivdi3+0x8e>
80404638:	0117f563          	bgeu	a5,a7,80404642 <__udivdi3+0x8e>
8040463c:	ffe30513          	add	a0,t1,-2
80404640:	97ba                	add	a5,a5,a4
80404642:	411787b3          	sub	a5,a5,a7
80404646:	02b7d8b3          	divu	a7,a5,a1
8040464a:	0842                	sll	a6,a6,0x10
8040464c:	01085813          	srl	a6,a6,0x10
80404650:	02b7f7b3          	remu	a5,a5,a1
80404654:	031606b3          	mul	a3,a2,a7
80404658:	07c2                	sll	a5,a5,0x10
8040465a:	00f86833          	or	a6,a6,a5
8040465e:	87c6                	mv	a5,a7
80404660:	00d87b63          	bgeu	a6,a3,80404676 <__udivdi3+0xc2>
80404664:	983a                	add	a6,a6,a4
80404666:	fff88793          	add	a5,a7,-1
8040466a:	00e86663          	bltu	a6,a4,80404676 <__udivdi3+0xc2>
8040466e:	00d87463          	bgeu	a6,a3,80404676 <__udivdi3+0xc2>
80404672:	ffe88793          	add	a5,a7,-2
80404676:	0542                	sll	a0,a0,0x10
80404678:	8d5d                	or	a0,a0,a5
8040467a:	4581                	li	a1,0
8040467c:	8082                	ret
8040467e:	01000537          	lui	a0,0x1000
80404682:	46c1                	li	a3,16
80404684:	f4a66de3          	bltu	a2,a0,804045de <__udivdi3+0x2a>
80404688:	46e1                	li	a3,24
8040468a:	bf91                	j	804045de <__udivdi3+0x2a>
8040468c:	4681                	li	a3,0
8040468e:	ca09                	beqz	a2,804046a0 <__udivdi3+0xec>
80404690:	67c1                	lui	a5,0x10
80404692:	08f67f63          	bgeu	a2,a5,80404730 <__udivdi3+0x17c>
80404696:	10063693          	sltiu	a3,a2,256
8040469a:	0016c693          	xor	a3,a3,1
8040469e:	068e                	sll	a3,a3,0x3
804046a0:	00d657b3          	srl	a5,a2,a3
804046a4:	95be                	add	a1,a1,a5
804046a6:	0005c783          	lbu	a5,0(a1)
804046aa:	97b6                	add	a5,a5,a3
804046ac:	02000693          	li	a3,32
804046b0:	40f685b3          	sub	a1,a3,a5
804046b4:	08f69563          	bne	a3,a5,8040473e <__udivdi3+0x18a>
804046b8:	40c307b3          	sub	a5,t1,a2
804046bc:	4585                	li	a1,1
804046be:	01075893          	srl	a7,a4,0x10
804046c2:	0317de33          	divu	t3,a5,a7
804046c6:	01071613          	sll	a2,a4,0x10
804046ca:	8241                	srl	a2,a2,0x10
804046cc:	01085693          	srl	a3,a6,0x10
804046d0:	0317f7b3          	remu	a5,a5,a7
804046d4:	8572                	mv	a0,t3
804046d6:	03c60333          	mul	t1,a2,t3
804046da:	07c2                	sll	a5,a5,0x10
804046dc:	8fd5                	or	a5,a5,a3
804046de:	0067fc63          	bgeu	a5,t1,804046f6 <__udivdi3+0x142>
804046e2:	97ba                	add	a5,a5,a4
804046e4:	fffe0513          	add	a0,t3,-1 # ffffff <_entry-0x7f400001>
804046e8:	00e7e763          	bltu	a5,a4,804046f6 <__udivdi3+0x142>
804046ec:	0067f563          	bgeu	a5,t1,804046f6 <__udivdi3+0x142>
804046f0:	ffee0513          	add	a0,t3,-2
804046f4:	97ba                	add	a5,a5,a4
804046f6:	406787b3          	sub	a5,a5,t1
804046fa:	0317d333          	divu	t1,a5,a7
804046fe:	0842                	sll	a6,a6,0x10
80404700:	01085813          	srl	a6,a6,0x10
80404704:	0317f7b3          	remu	a5,a5,a7
80404708:	026606b3          	mul	a3,a2,t1
8040470c:	07c2                	sll	a5,a5,0x10
8040470e:	00f86833          	or	a6,a6,a5
80404712:	879a                	mv	a5,t1
80404714:	00d87b63          	bgeu	a6,a3,8040472a <__udivdi3+0x176>
80404718:	983a                	add	a6,a6,a4
8040471a:	fff30793          	add	a5,t1,-1
8040471e:	00e86663          	bltu	a6,a4,8040472a <__udivdi3+0x176>
80404722:	00d87463          	bgeu	a6,a3,8040472a <__udivdi3+0x176>
80404726:	ffe30793          	add	a5,t1,-2
8040472a:	0542                	sll	a0,a0,0x10
8040472c:	8d5d                	or	a0,a0,a5
8040472e:	8082                	ret
80404730:	010007b7          	lui	a5,0x1000
80404734:	46c1                	li	a3,16
80404736:	f6f665e3          	bltu	a2,a5,804046a0 <__udivdi3+0xec>
8040473a:	46e1                	li	a3,24
8040473c:	b795                	j	804046a0 <__udivdi3+0xec>
8040473e:	00b61733          	sll	a4,a2,a1
80404742:	00f356b3          	srl	a3,t1,a5
80404746:	01075513          	srl	a0,a4,0x10
8040474a:	00b31333          	sll	t1,t1,a1
8040474e:	00f8d7b3          	srl	a5,a7,a5
80404752:	0067e7b3          	or	a5,a5,t1
80404756:	02a6d333          	divu	t1,a3,a0
8040475a:	01071613          	sll	a2,a4,0x10
8040475e:	8241                	srl	a2,a2,0x10
80404760:	00b89833          	sll	a6,a7,a1
80404764:	02a6f6b3          	remu	a3,a3,a0
80404768:	026608b3          	mul	a7,a2,t1
8040476c:	01069593          	sll	a1,a3,0x10
80404770:	0107d693          	srl	a3,a5,0x10
80404774:	8ecd                	or	a3,a3,a1
80404776:	859a                	mv	a1,t1
80404778:	0116fc63          	bgeu	a3,a7,80404790 <__udivdi3+0x1dc>
8040477c:	96ba                	add	a3,a3,a4
8040477e:	fff30593          	add	a1,t1,-1
80404782:	00e6e763          	bltu	a3,a4,80404790 <__udivdi3+0x1dc>
80404786:	0116f563          	bgeu	a3,a7,80404790 <__udivdi3+0x1dc>
8040478a:	ffe30593          	add	a1,t1,-2
8040478e:	96ba                	add	a3,a3,a4
80404790:	411686b3          	sub	a3,a3,a7
80404794:	02a6d8b3          	divu	a7,a3,a0
80404798:	07c2                	sll	a5,a5,0x10
8040479a:	83c1                	srl	a5,a5,0x10
8040479c:	02a6f6b3          	remu	a3,a3,a0
804047a0:	03160633          	mul	a2,a2,a7
804047a4:	06c2                	sll	a3,a3,0x10
804047a6:	8fd5                	or	a5,a5,a3
804047a8:	86c6                	mv	a3,a7
804047aa:	00c7fc63          	bgeu	a5,a2,804047c2 <__udivdi3+0x20e>
804047ae:	97ba                	add	a5,a5,a4
804047b0:	fff88693          	add	a3,a7,-1
804047b4:	00e7e763          	bltu	a5,a4,804047c2 <__udivdi3+0x20e>
804047b8:	00c7f563          	bgeu	a5,a2,804047c2 <__udivdi3+0x20e>
804047bc:	ffe88693          	add	a3,a7,-2
804047c0:	97ba                	add	a5,a5,a4
804047c2:	05c2                	sll	a1,a1,0x10
804047c4:	8f91                	sub	a5,a5,a2
804047c6:	8dd5                	or	a1,a1,a3
804047c8:	bddd                	j	804046be <__udivdi3+0x10a>
804047ca:	14d5e163          	bltu	a1,a3,8040490c <__udivdi3+0x358>
804047ce:	67c1                	lui	a5,0x10
804047d0:	02f6ff63          	bgeu	a3,a5,8040480e <__udivdi3+0x25a>
804047d4:	1006b713          	sltiu	a4,a3,256
804047d8:	00174713          	xor	a4,a4,1
804047dc:	070e                	sll	a4,a4,0x3
804047de:	00e6d5b3          	srl	a1,a3,a4
804047e2:	00022797          	auipc	a5,0x22
804047e6:	3de78793          	add	a5,a5,990 # 80426bc0 <__clz_tab>
804047ea:	97ae                	add	a5,a5,a1
804047ec:	0007c783          	lbu	a5,0(a5)
804047f0:	97ba                	add	a5,a5,a4
804047f2:	02000713          	li	a4,32
804047f6:	40f705b3          	sub	a1,a4,a5
804047fa:	02f71163          	bne	a4,a5,8040481c <__udivdi3+0x268>
804047fe:	4505                	li	a0,1
80404800:	e666eee3          	bltu	a3,t1,8040467c <__udivdi3+0xc8>
80404804:	00c8b533          	sltu	a0,a7,a2
80404808:	00154513          	xor	a0,a0,1
8040480c:	8082                	ret
8040480e:	010007b7          	lui	a5,0x1000
80404812:	4741                	li	a4,16
80404814:	fcf6e5e3          	bltu	a3,a5,804047de <__udivdi3+0x22a>
80404818:	4761                	li	a4,24
8040481a:	b7d1                	j	804047de <__udivdi3+0x22a>
8040481c:	00f65733          	srl	a4,a2,a5
80404820:	00b696b3          	sll	a3,a3,a1
80404824:	8ed9                	or	a3,a3,a4
80404826:	00f35733          	srl	a4,t1,a5
8040482a:	00b31333          	sll	t1,t1,a1
8040482e:	00f8d7b3          	srl	a5,a7,a5
80404832:	0067e7b3          	or	a5,a5,t1
80404836:	0106d313          	srl	t1,a3,0x10
8040483a:	02675eb3          	divu	t4,a4,t1
8040483e:	01069813          	sll	a6,a3,0x10
80404842:	01085813          	srl	a6,a6,0x10
80404846:	00b61633          	sll	a2,a2,a1
8040484a:	02677733          	remu	a4,a4,t1
8040484e:	03d80e33          	mul	t3,a6,t4
80404852:	01071513          	sll	a0,a4,0x10
80404856:	0107d713          	srl	a4,a5,0x10
8040485a:	8f49                	or	a4,a4,a0
8040485c:	8576                	mv	a0,t4
8040485e:	01c77c63          	bgeu	a4,t3,80404876 <__udivdi3+0x2c2>
80404862:	9736                	add	a4,a4,a3
80404864:	fffe8513          	add	a0,t4,-1
80404868:	00d76763          	bltu	a4,a3,80404876 <__udivdi3+0x2c2>
8040486c:	01c77563          	bgeu	a4,t3,80404876 <__udivdi3+0x2c2>
80404870:	ffee8513          	add	a0,t4,-2
80404874:	9736                	add	a4,a4,a3
80404876:	41c70733          	sub	a4,a4,t3
8040487a:	02675e33          	divu	t3,a4,t1
8040487e:	07c2                	sll	a5,a5,0x10
80404880:	83c1                	srl	a5,a5,0x10
80404882:	02677733          	remu	a4,a4,t1
80404886:	03c80833          	mul	a6,a6,t3
8040488a:	0742                	sll	a4,a4,0x10
8040488c:	8fd9                	or	a5,a5,a4
8040488e:	8772                	mv	a4,t3
80404890:	0107fc63          	bgeu	a5,a6,804048a8 <__udivdi3+0x2f4>
80404894:	97b6                	add	a5,a5,a3
80404896:	fffe0713          	add	a4,t3,-1
8040489a:	00d7e763          	bltu	a5,a3,804048a8 <__udivdi3+0x2f4>
8040489e:	0107f563          	bgeu	a5,a6,804048a8 <__udivdi3+0x2f4>
804048a2:	ffee0713          	add	a4,t3,-2
804048a6:	97b6                	add	a5,a5,a3
804048a8:	0542                	sll	a0,a0,0x10
804048aa:	6e41                	lui	t3,0x10
804048ac:	8d59                	or	a0,a0,a4
804048ae:	fffe0693          	add	a3,t3,-1 # ffff <_entry-0x803f0001>
804048b2:	00d57733          	and	a4,a0,a3
804048b6:	410787b3          	sub	a5,a5,a6
804048ba:	8ef1                	and	a3,a3,a2
804048bc:	01055813          	srl	a6,a0,0x10
804048c0:	8241                	srl	a2,a2,0x10
804048c2:	02d70333          	mul	t1,a4,a3
804048c6:	02d806b3          	mul	a3,a6,a3
804048ca:	02c70733          	mul	a4,a4,a2
804048ce:	02c80833          	mul	a6,a6,a2
804048d2:	00d70633          	add	a2,a4,a3
804048d6:	01035713          	srl	a4,t1,0x10
804048da:	9732                	add	a4,a4,a2
804048dc:	00d77363          	bgeu	a4,a3,804048e2 <__udivdi3+0x32e>
804048e0:	9872                	add	a6,a6,t3
804048e2:	01075693          	srl	a3,a4,0x10
804048e6:	96c2                	add	a3,a3,a6
804048e8:	02d7e063          	bltu	a5,a3,80404908 <__udivdi3+0x354>
804048ec:	d8d797e3          	bne	a5,a3,8040467a <__udivdi3+0xc6>
804048f0:	67c1                	lui	a5,0x10
804048f2:	17fd                	add	a5,a5,-1 # ffff <_entry-0x803f0001>
804048f4:	8f7d                	and	a4,a4,a5
804048f6:	0742                	sll	a4,a4,0x10
804048f8:	00f37333          	and	t1,t1,a5
804048fc:	00b898b3          	sll	a7,a7,a1
80404900:	971a                	add	a4,a4,t1
80404902:	4581                	li	a1,0
80404904:	d6e8fce3          	bgeu	a7,a4,8040467c <__udivdi3+0xc8>
80404908:	157d                	add	a0,a0,-1 # ffffff <_entry-0x7f400001>
8040490a:	bb85                	j	8040467a <__udivdi3+0xc6>
8040490c:	4581                	li	a1,0
8040490e:	4501                	li	a0,0
80404910:	8082                	ret
